import { Finding } from '../../spec/findings';
import { SuppressedFinding } from '../../spec/suppressions';
import { ValidationResult } from '../../spec/validate';
import { FormatOptions } from './format';

/**
 * JUnit XML: a test suite per file, a test case per site (plus one for file-level
 * problems); a test case fails when it has errors (or warnings, with --strict).
 */
export function formatJunit(result: ValidationResult, opts: FormatOptions): string {
  const fails = (f: Finding) => f.severity === 'error' || (opts.strict && f.severity === 'warning');
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const file of result.files) {
    const findings = result.findings.filter((f) => f.location.file === file);
    const cases = new Map<string, Finding[]>();
    for (const s of result.sites.filter((s) => s.doc.file === file)) cases.set(`site ${s.name}`, []);
    for (const f of findings) {
      const name = f.site ? `site ${f.site}` : 'file';
      const list = cases.get(name) ?? [];
      list.push(f);
      cases.set(name, list);
    }
    const accepted = new Map<string, SuppressedFinding[]>();
    for (const f of result.suppressed.filter((f) => f.location.file === file)) {
      const name = `site ${f.site}`;
      if (!cases.has(name)) cases.set(name, []);
      const list = accepted.get(name);
      if (list) list.push(f);
      else accepted.set(name, [f]);
    }
    if (cases.size === 0) cases.set('file', []);
    const body: string[] = [];
    let failures = 0;
    for (const [name, list] of cases) {
      const failing = list.filter(fails);
      const other = list.filter((f) => !fails(f));
      const lines = (l: Finding[]) =>
        l.map((f) => `${file}:${f.location.line}:${f.location.column} ${f.severity} ${f.code} ${f.message}${f.fix ? ` (fix: ${f.fix})` : ''}`).join('\n');
      let inner = properties(accepted.get(name) ?? []);
      if (failing.length) {
        failures++;
        inner += `\n      <failure message="${esc(`${failing.length} problem${failing.length === 1 ? '' : 's'}: ${failing[0].message}`)}" type="${esc(failing[0].code)}">${esc(lines(failing))}</failure>`;
      }
      if (other.length) inner += `\n      <system-out>${esc(lines(other))}</system-out>`;
      body.push(`    <testcase classname="${esc(file)}" name="${esc(name)}" time="0">${inner}${inner ? '\n    ' : ''}</testcase>`);
    }
    totalTests += cases.size;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${esc(file)}" tests="${cases.size}" failures="${failures}" errors="0" skipped="0" time="0">\n${body.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="aisite validate" tests="${totalTests}" failures="${totalFailures}" errors="0" time="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** Suppressed findings of a test case, one property each: they fail nothing but stay in the report. */
function properties(list: readonly SuppressedFinding[]): string {
  if (list.length === 0) return '';
  const items = list.map((f) => {
    const until = f.suppression.expires ? ` (until ${f.suppression.expires})` : '';
    const value = `${f.location.file}:${f.location.line}:${f.location.column} ${f.severity} ${f.message}; reason: ${f.suppression.reason}${until}`;
    return `\n        <property name="${esc(`suppressed ${f.code}`)}" value="${esc(value)}"/>`;
  });
  return `\n      <properties>${items.join('')}\n      </properties>`;
}

function esc(s: string): string {
  // XML 1.0 forbids most control characters even when escaped.
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
