import { Finding } from '../../spec/findings';
import { SuppressedFinding } from '../../spec/suppressions';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one per finding, so findings show on the diff; the
 * suppressed findings given (with --show-suppressed) are notices that name their reason.
 */
export function formatGithubAnnotations(findings: readonly Finding[], suppressed: readonly SuppressedFinding[] = []): string {
  const lines = findings.map((f) => annotation(COMMAND[f.severity], f, `${f.code} ${f.rule}`, f.fix ? `${f.message}. Fix: ${f.fix}` : f.message));
  for (const f of suppressed) lines.push(annotation('notice', f, `${f.code} ${f.rule} (suppressed)`, `${f.message}. Suppressed: ${f.suppression.reason}`));
  return lines.join('');
}

function annotation(command: string, f: Finding, title: string, message: string): string {
  const props = [`file=${prop(f.location.file)}`, `line=${f.location.line}`, `col=${f.location.column}`];
  if (f.location.endLine !== undefined) props.push(`endLine=${f.location.endLine}`);
  props.push(`title=${prop(title)}`);
  return `::${command} ${props.join(',')}::${data(message)}\n`;
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
