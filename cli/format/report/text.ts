import { Block, Column } from '../../../spec/report/report-document';

/** The report as plain text: aligned columns, for a terminal or a CI log. */
export function reportText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        if (b.level === 1) out.push(b.text, '='.repeat(width(b.text)));
        else if (b.level === 2) out.push('', '', b.text, '-'.repeat(width(b.text)));
        else out.push('', `${b.text}:`);
        break;
      case 'paragraph':
        out.push(b.text);
        break;
      case 'table':
        if (b.rows.length) {
          out.push('');
          for (const line of alignedTable(b.columns, b.rows)) out.push(line);
        }
        break;
    }
  }
  return out.join('\n') + '\n';
}

function alignedTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string[] {
  if (!rows.length) return [];
  const widths = columns.map((c, i) => Math.max(width(c.title), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    '  ' +
    cells
      .map((cell, i) => (columns[i].numeric ? pad(cell, widths[i], true) : pad(cell, widths[i], false)))
      .join('  ')
      .trimEnd();
  const header = columns.some((c) => c.title) ? [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w)))] : [];
  return [...header, ...rows.map(line)];
}

/** Display width: code points (the report has no wide characters). */
function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}
