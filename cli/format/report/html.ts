import { Block } from '../../../spec/report/report-document';

export interface HtmlReportOptions {
  readonly title: string;
  /** An inline <svg> element (the topology picture), placed after the title. */
  readonly svg?: string;
}

/** The report as one self-contained HTML page: no scripts, no external files. */
export function reportHtml(blocks: readonly Block[], opts: HtmlReportOptions): string {
  const body: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        body.push(`<h${b.level}>${escape(b.text)}</h${b.level}>`);
        if (b.level === 1 && opts.svg) body.push(`<figure class="topology">${opts.svg}</figure>`);
        break;
      case 'paragraph':
        body.push(`<p>${escape(b.text)}</p>`);
        break;
      case 'table': {
        if (!b.rows.length) break;
        const cls = (numeric?: boolean) => (numeric ? ' class="n"' : '');
        body.push(
          '<table>',
          `<thead><tr>${b.columns.map((c) => `<th${cls(c.numeric)}>${escape(c.title)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...b.rows.map((r) => `<tr>${r.map((cell, i) => `<td${cls(b.columns[i]?.numeric)}>${escape(cell)}</td>`).join('')}</tr>`),
          '</tbody>',
          '</table>',
        );
        break;
      }
    }
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escape(opts.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STYLE = [
  'body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}',
  'table{border-collapse:collapse;margin:.5rem 0 1rem}',
  'th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}',
  'th{background:#f6f8fa}',
  '.n{text-align:right;font-variant-numeric:tabular-nums}',
  'figure.topology{margin:1rem 0;overflow:auto;border:1px solid #d0d7de}',
  'figure.topology svg{max-width:100%;height:auto}',
].join('');

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
