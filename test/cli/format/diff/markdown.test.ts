import { diffMarkdown } from '../../../../cli/format/diff/markdown';

describe('diffMarkdown', () => {
  test('folded parts become <details> with a blank line after the summary, so GitHub renders the table inside', () => {
    const md = diffMarkdown([
      { type: 'details', summary: 'Fabrics (1)', blocks: [{ type: 'table', columns: [{ title: 'fabric' }], rows: [['gpu-compute']] }] },
    ]);
    expect(md).toBe('<details><summary>Fabrics (1)</summary>\n\n| fabric |\n|---|\n| gpu-compute |\n\n</details>\n');
  });

  test("open parts are the capacity report's markdown", () => {
    const md = diffMarkdown([
      { type: 'heading', level: 2, text: 'site' },
      { type: 'table', columns: [{ title: '' }, { title: 'change', numeric: true }], rows: [['servers', '+4']] },
    ]);
    expect(md).toBe('## site\n\n|   | change |\n|---|---:|\n| servers | +4 |\n');
  });

  test('a summary is escaped as HTML', () => {
    expect(diffMarkdown([{ type: 'details', summary: 'a <b> & c', blocks: [] }])).toContain('<summary>a &#60;b&#62; &#38; c</summary>');
  });

  test('never three blank lines in a row', () => {
    const md = diffMarkdown([
      { type: 'paragraph', text: 'x' },
      { type: 'details', summary: 's', blocks: [] },
      { type: 'paragraph', text: 'y' },
    ]);
    expect(md).not.toMatch(/\n\n\n/);
  });
});
