import { Block } from '../../../spec/report/report-document';

/** The report as GitHub-flavoured markdown (a CI job summary, a pull request comment). */
export function reportMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escape(b.text)}`, '');
        break;
      case 'paragraph':
        out.push(escape(b.text), '');
        break;
      case 'table':
        if (!b.rows.length) break;
        out.push(
          `| ${b.columns.map((c) => escape(c.title) || ' ').join(' | ')} |`,
          `|${b.columns.map((c) => (c.numeric ? '---:' : '---')).join('|')}|`,
          ...b.rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
          '',
        );
        break;
    }
  }
  return out.join('\n');
}

/** Escapes what markdown would read as markup; pipes would break a table row. */
function escape(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
