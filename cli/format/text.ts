import { countFindings, failsValidation, Finding } from '../../spec/findings';
import { ValidationResult } from '../../spec/validate';
import { FormatOptions } from './format';
import { printable } from './printable';

const COLORS = { red: 31, yellow: 33, cyan: 36, gray: 90, green: 32, bold: 1 } as const;

/** Findings grouped by file, then a one-line summary: what a person reads. */
export function formatText(result: ValidationResult, opts: FormatOptions): string {
  const c = (color: keyof typeof COLORS, s: string) => (opts.color ? `\u001b[${COLORS[color]}m${s}\u001b[0m` : s);
  const sev = { error: c('red', 'error  '), warning: c('yellow', 'warning'), info: c('cyan', 'info   ') };
  const lines: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push(c('bold', printable(file)));
    for (const f of findings) {
      const pos = `${f.location.line}:${f.location.column}`.padEnd(8);
      lines.push(`  ${pos} ${sev[f.severity]}  ${c('gray', f.code)}  ${printable(f.message)}`);
      if (f.fix) lines.push(`  ${' '.repeat(8)} ${' '.repeat(7)}  ${' '.repeat(f.code.length)}  ${c('gray', `fix: ${printable(f.fix)}`)}`);
    }
    lines.push('');
  }
  const suppressed = result.suppressed;
  if (suppressed.length > 0 && opts.showSuppressed) {
    lines.push(c('bold', 'suppressed (accepted with a reason; they fail nothing)'));
    for (const f of suppressed) {
      lines.push(`  ${printable(f.location.file)}:${f.location.line}:${f.location.column}  ${c('gray', f.code)}  ${printable(f.message)}`);
      const until = f.suppression.expires ? ` (until ${f.suppression.expires})` : '';
      lines.push(
        `  ${' '.repeat(2)}${c('gray', `reason: ${printable(f.suppression.reason)}${until}, at ${printable(f.suppression.location.file)}:${f.suppression.location.line}:${f.suppression.location.column}`)}`,
      );
    }
    lines.push('');
  } else if (suppressed.length > 0) {
    lines.push(c('gray', `${plural(suppressed.length, 'finding')} suppressed; validate --show-suppressed lists them`));
  }
  const n = countFindings(result.findings);
  const where = `${plural(result.sites.length, 'site')} in ${plural(result.files.length, 'file')}`;
  const counts = `${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${plural(n.info, 'note')}`;
  if (failsValidation(result.findings, opts.strict)) {
    lines.push(c('red', `✖ ${where}: ${counts}`) + (opts.strict && n.error === 0 ? ' (--strict: warnings fail)' : ''));
  } else {
    lines.push(c('green', `✔ ${where} valid`) + ` (${counts})`);
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
