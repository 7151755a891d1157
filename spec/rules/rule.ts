import { Finding, RuleInfo, Severity } from '../findings';
import { SourceDocument } from '../load/source-document';
import { ResolvedSite } from '../model/resolved-site';

/** Options for one reported finding. */
export interface ReportOptions {
  /** Point at the key rather than the value (unknown fields, duplicate names). */
  readonly key?: boolean;
  /** Override the rule's default severity (e.g. a warning that becomes an error). */
  readonly severity?: Severity;
}

/** Reports one finding of the rule at a JSON pointer of the site's document. */
export type Report = (path: string, message: string, fix: string, opts?: ReportOptions) => void;

/** Reports one finding of a cross-site rule at a JSON pointer of one site's document. */
export type SetReport = (site: ResolvedSite, path: string, message: string, fix: string, opts?: ReportOptions) => void;

/** A rule that looks at one site. */
export interface SiteRule extends RuleInfo {
  readonly scope: 'site';
  check(site: ResolvedSite, report: Report): void;
}

/** A rule that looks at all given sites together. */
export interface SetRule extends RuleInfo {
  readonly scope: 'set';
  check(sites: readonly ResolvedSite[], report: SetReport): void;
}

export type Rule = SiteRule | SetRule;

/** The one place findings are made. */
export function makeFinding(
  info: RuleInfo,
  doc: SourceDocument,
  path: string,
  message: string,
  fix: string | undefined,
  opts: ReportOptions & { site?: string } = {},
): Finding {
  return {
    code: info.code,
    rule: info.rule,
    severity: opts.severity ?? info.severity,
    message,
    ...(fix ? { fix } : {}),
    location: doc.locate(path, { key: opts.key }),
    path,
    ...(opts.site ? { site: opts.site } : {}),
  };
}

/** "X must be …, but … was given": the shape of every rule message. */
export function mustBe(subject: string, expected: string, given: string, verb = 'was given'): string {
  return `${subject} must be ${expected}, but ${given} ${verb}`;
}

/** Formats a number for messages: at most 2 decimals, no trailing zeros. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Quotes a name for messages. */
export function q(s: string): string {
  return `'${s}'`;
}
