// Types for the part of Google's CSP Evaluator (Doyensec's npm port) that the CSP test uses.
declare module '@doyensec/csp-evaluator' {
  interface Finding {
    readonly severity: number;
    readonly directive: string;
    readonly description: string;
  }
  const csp: {
    CspParser: new (policy: string) => { readonly csp: unknown };
    CspEvaluator: new (parsed: unknown, version: number) => { evaluate(): Finding[] };
    Version: { readonly CSP3: number };
    severities: Readonly<Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'STRICT_CSP' | 'MEDIUM_MAYBE' | 'INFO' | 'NONE', number>>;
  };
  export default csp;
}
