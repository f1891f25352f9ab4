import cspEvaluator from '@doyensec/csp-evaluator';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.js';

/** What Google's CSP Evaluator (the one electronegativity runs) finds in a policy, worst first. */
function evaluatorFindings(policy: string): string[] {
  const { CspParser, CspEvaluator, Version, severities } = cspEvaluator;
  const names = new Map(Object.entries(severities).map(([name, level]) => [level, name]));
  return new CspEvaluator(new CspParser(policy).csp, Version.CSP3)
    .evaluate()
    .sort((a, b) => a.severity - b.severity)
    .map((finding) => `${names.get(finding.severity) ?? finding.severity} ${finding.directive}`);
}

describe('contentSecurityPolicy', () => {
  it('gives the Electron page no network at all', () => {
    expect(contentSecurityPolicy("'none'")).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; " +
        "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it("lets the loopback page reach only its own origin", () => {
    expect(contentSecurityPolicy("'self'")).toContain("connect-src 'self';");
  });

  it('refuses a source list that would add a directive', () => {
    expect(() => contentSecurityPolicy("'self'; script-src *")).toThrow(/plain source list/);
    expect(() => contentSecurityPolicy('')).toThrow(/plain source list/);
  });

  // electronegativity cannot read a policy built by a function ("Failed to parse CSP"), so the same
  // evaluator it uses runs here on the policies both windows are really given.
  it('passes the CSP Evaluator with nothing but the one finding docs/SECURITY.md explains', () => {
    for (const connectSrc of ["'none'", "'self'"]) {
      expect(evaluatorFindings(contentSecurityPolicy(connectSrc))).toEqual(['MEDIUM_MAYBE script-src']);
    }
  });
});
