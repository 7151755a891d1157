import { reportHtml } from '../../../../cli/format/report/html';
import { Block } from '../../../../spec/report/report-document';

const blocks: Block[] = [
  { type: 'heading', level: 1, text: 'Report <1>' },
  { type: 'table', columns: [{ title: 'name' }, { title: 'n', numeric: true }], rows: [['a & "b"', '2']] },
];

describe('reportHtml', () => {
  test('is one page with a title and no scripts or external files', () => {
    const html = reportHtml(blocks, { title: 'T & t' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>T &amp; t</title>');
    expect(html).not.toMatch(/<script|<link|src=|href=/);
  });

  test('escapes text in headings and cells', () => {
    const html = reportHtml(blocks, { title: 't' });
    expect(html).toContain('<h1>Report &lt;1&gt;</h1>');
    expect(html).toContain('<td>a &amp; &quot;b&quot;</td><td class="n">2</td>');
  });

  test('places the topology picture right after the title', () => {
    const html = reportHtml(blocks, { title: 't', svg: '<svg id="x"></svg>' });
    expect(html).toContain('<h1>Report &lt;1&gt;</h1>\n<figure class="topology"><svg id="x"></svg></figure>\n<table>');
  });
});
