import { Catalog } from './catalog/catalog';
import { catalogFromDocuments } from './catalog/user-catalog';
import { Finding, sortFindings } from './findings';
import { loadFiles } from './load/load-files';
import { SourceDocument } from './load/source-document';
import { resolveSite, ResolvedSite } from './model/resolved-site';
import { ALL_RULE_INFOS, SET_RULES, SITE_RULES } from './rules';
import { makeFinding, ReportOptions } from './rules/rule';
import { checkSchema } from './schema-check';
import { AcceleratorCatalog, Site } from './site-types.generated';
import { applySuppressions, misplacedSuppressions, SuppressedFinding, SuppressionOptions } from './suppressions';

export interface ValidationResult {
  /** Files read, in order. */
  readonly files: readonly string[];
  /** Sites that passed the schema, resolved (semantic findings may still apply). */
  readonly sites: readonly ResolvedSite[];
  /** The catalog used: built-in plus the given AcceleratorCatalog documents. */
  readonly catalog: Catalog;
  /** All findings that count (suppressed ones are not among them), sorted by file, line and column. */
  readonly findings: readonly Finding[];
  /** Findings accepted by the sites' suppressions, sorted the same way: shown, never failing. */
  readonly suppressed: readonly SuppressedFinding[];
}

/** Options of a validation run. */
export type ValidateOptions = SuppressionOptions;

/** Loads files and directories and validates everything in them together. */
export function validatePaths(paths: readonly string[], opts: ValidateOptions = {}): ValidationResult {
  const loaded = loadFiles(paths);
  return { ...validateDocuments(loaded.documents, loaded.findings, opts), files: loaded.files };
}

/**
 * Validates parsed documents: schema, then the catalog, then per-site rules, then
 * cross-site rules. Documents that fail the schema are left out of the semantic rules.
 */
export function validateDocuments(documents: readonly SourceDocument[], earlier: readonly Finding[] = [], opts: ValidateOptions = {}): ValidationResult {
  const findings: Finding[] = [...earlier];
  const siteDocs: Array<{ doc: SourceDocument; data: Site }> = [];
  const catalogDocs: Array<{ doc: SourceDocument; data: AcceleratorCatalog }> = [];
  for (const doc of documents) {
    const r = checkSchema(doc);
    for (const f of r.findings) findings.push(f);
    if (r.kind === 'AcceleratorCatalog') catalogDocs.push({ doc, data: doc.data as AcceleratorCatalog });
    else if (r.kind) siteDocs.push({ doc, data: doc.data as Site });
  }
  if (opts.enabled !== false) for (const { doc, data } of catalogDocs) for (const f of misplacedSuppressions(doc, data.metadata.suppressions)) findings.push(f);
  const { catalog, findings: catalogFindings } = catalogFromDocuments(catalogDocs);
  for (const f of catalogFindings) findings.push(f);
  const sites = siteDocs.map(({ doc, data }) => resolveSite(doc, data, catalog));
  for (const f of runRules(sites)) findings.push(f);
  const outcome = applySuppressions(sites, findings, KNOWN_CODES, opts);
  return {
    files: [...new Set(documents.map((d) => d.file))],
    sites,
    catalog,
    findings: sortFindings(outcome.findings),
    suppressed: sortFindings(outcome.suppressed),
  };
}

/** Every code aisite reports: what a suppression may name. */
export const KNOWN_CODES: ReadonlySet<string> = new Set(ALL_RULE_INFOS.map((r) => r.code));

/** Runs the rules that look at one site. */
export function runSiteRules(site: ResolvedSite): Finding[] {
  const findings: Finding[] = [];
  for (const rule of SITE_RULES) {
    rule.check(site, (path: string, message: string, fix: string, opts: ReportOptions = {}) =>
      findings.push(makeFinding(rule, site.doc, path, message, fix, { ...opts, site: site.name })),
    );
  }
  return findings;
}

/** Runs the semantic rules over resolved sites: each site's, then the cross-site ones. */
export function runRules(sites: readonly ResolvedSite[]): Finding[] {
  const findings: Finding[] = sites.flatMap(runSiteRules);
  for (const rule of SET_RULES) {
    rule.check(sites, (site, path, message, fix, opts = {}) => findings.push(makeFinding(rule, site.doc, path, message, fix, { ...opts, site: site.name })));
  }
  return findings;
}
