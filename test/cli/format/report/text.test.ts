import { reportText } from '../../../../cli/format/report/text';
import { Block } from '../../../../spec/report/report-document';

const table: Block = {
  type: 'table',
  columns: [{ title: 'name' }, { title: 'count', numeric: true }],
  rows: [
    ['a', '1'],
    ['longer', '1,024'],
  ],
};

describe('reportText', () => {
  test('aligns text columns left and number columns right, under a dashed header', () => {
    expect(reportText([table])).toBe('\n  name    count\n  ------  -----\n  a           1\n  longer  1,024\n');
  });

  test('underlines headings by level and ends level-3 headings with a colon', () => {
    const out = reportText([
      { type: 'heading', level: 1, text: 'Report' },
      { type: 'heading', level: 2, text: 'site' },
      { type: 'heading', level: 3, text: 'Fabrics' },
    ]);
    expect(out).toBe('Report\n======\n\n\nsite\n----\n\nFabrics:\n');
  });

  test('leaves out a table with no rows', () => {
    expect(reportText([{ type: 'table', columns: [{ title: 'x' }], rows: [] }])).toBe('\n');
  });
});
