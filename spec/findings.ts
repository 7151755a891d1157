/**
 * Findings: what validation reports. Every finding has a stable code, a severity, a
 * message saying what is wrong (and why), a fix saying how to repair it, and a location.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A place in a source file; line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface Finding {
  /** Stable code, e.g. AIS201. Never reused for another meaning. */
  readonly code: string;
  /** Stable kebab-case rule name, e.g. cabinet-power-budget. */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong and why, in the form "X must be …, but … was given". */
  readonly message: string;
  /** How to fix it. */
  readonly fix?: string;
  readonly location: SourceLocation;
  /** JSON pointer into the document, e.g. /spec/cabinets/0/powerBudgetKw. */
  readonly path?: string;
  /** metadata.name of the site the finding is about, when known. */
  readonly site?: string;
}

/** Static description of a rule, for SARIF rule metadata, docs and `--list-rules`. */
export interface RuleInfo {
  readonly code: string;
  readonly rule: string;
  readonly severity: Severity;
  /** One line saying what the rule checks. */
  readonly summary: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts findings by file, line, column, then code: the order every format prints. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** True when the findings make validation fail: any error, or any warning when strict. */
export function failsValidation(findings: readonly Finding[], strict: boolean): boolean {
  return findings.some((f) => f.severity === 'error' || (strict && f.severity === 'warning'));
}
