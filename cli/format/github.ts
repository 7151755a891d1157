import { Finding } from '../../spec/findings';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands, one per finding, so findings show on the diff. */
export function formatGithubAnnotations(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [`file=${prop(f.location.file)}`, `line=${f.location.line}`, `col=${f.location.column}`];
      if (f.location.endLine !== undefined) props.push(`endLine=${f.location.endLine}`);
      props.push(`title=${prop(`${f.code} ${f.rule}`)}`);
      return `::${COMMAND[f.severity]} ${props.join(',')}::${data(f.fix ? `${f.message}. Fix: ${f.fix}` : f.message)}\n`;
    })
    .join('');
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
