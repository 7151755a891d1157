import { countFindings, failsValidation } from '../../spec/findings';
import { ValidationResult } from '../../spec/validate';
import { API_VERSION } from '../../spec/schema-check';
import { FormatOptions } from './format';

/** A stable machine-readable report: findings plus each site's capacity totals. */
export function formatJson(result: ValidationResult, opts: FormatOptions): string {
  const counts = countFindings(result.findings);
  const report = {
    apiVersion: API_VERSION,
    kind: 'ValidationReport',
    ok: !failsValidation(result.findings, opts.strict),
    strict: opts.strict,
    summary: {
      files: result.files.length,
      sites: result.sites.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: result.suppressed.length,
    },
    findings: result.findings,
    suppressed: result.suppressed,
    sites: result.sites.map((s) => ({ name: s.name, kind: s.kind, file: s.doc.file, capacity: s.capacity })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
