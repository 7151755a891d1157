import { reportMarkdown } from '../../../../cli/format/report/markdown';

describe('reportMarkdown', () => {
  test('writes a table with right-aligned number columns', () => {
    const md = reportMarkdown([{ type: 'table', columns: [{ title: 'name' }, { title: 'n', numeric: true }], rows: [['a', '1']] }]);
    expect(md).toBe('| name | n |\n|---|---:|\n| a | 1 |\n');
  });

  test('escapes pipes and markup in cells so a name cannot break the table', () => {
    const md = reportMarkdown([{ type: 'table', columns: [{ title: 'x' }], rows: [['a|b *c* <d>']] }]);
    expect(md.split('\n')[2]).toBe('| a\\|b \\*c\\* \\<d\\> |');
  });

  test('writes headings with one # per level', () => {
    expect(reportMarkdown([{ type: 'heading', level: 3, text: 'Fabrics' }])).toBe('### Fabrics\n');
  });
});
