import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.js';

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
});
