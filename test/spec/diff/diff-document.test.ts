import { CHANGE_MARK, DetailsBlock, DiffBlock, diffDocument } from '../../../spec/diff/diff-document';
import { MINUS } from '../../../spec/diff/number-format';
import { diffSites } from '../../../spec/diff/site-diff';
import { Block } from '../../../spec/report/report-document';
import { Site } from '../../../spec/site-types.generated';
import { mdcSite } from '../../helpers/site-fixture';
import { fileOf, side } from './diff-fixture';

const SIDES = { before: 'HEAD~1', after: 'working tree' };

function doc(before: Site[], after: Site[]): DiffBlock[] {
  return diffDocument(diffSites(side(...before.map(fileOf)), side(...after.map(fileOf))), SIDES);
}

function tables(blocks: readonly DiffBlock[]): Array<Extract<Block, { type: 'table' }>> {
  return blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
}

function detail(blocks: readonly DiffBlock[], start: string): DetailsBlock {
  const d = blocks.find((b): b is DetailsBlock => b.type === 'details' && b.summary.startsWith(start));
  if (!d) throw new Error(`no details '${start}'`);
  return d;
}

function grown(): Site {
  const s = mdcSite();
  s.spec.cabinets[0].count = 2;
  return s;
}

describe('diffDocument', () => {
  test('the title names both sides', () => {
    expect(doc([], [])[0]).toEqual({ type: 'heading', level: 1, text: 'aisite diff HEAD~1 → working tree' });
  });

  test('without changes it says so and lists no site', () => {
    const blocks = doc([mdcSite()], [mdcSite()]);
    expect(blocks[1]).toEqual({ type: 'paragraph', text: 'No changes: every site means the same on both sides.' });
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 2)).toEqual([]);
  });

  test('a changed site gets a heading with its mark and status', () => {
    expect(doc([mdcSite()], [grown()])).toContainEqual({ type: 'heading', level: 2, text: `${CHANGE_MARK.changed} test-site-01 (changed)` });
  });

  test('the summary lists only the figures that changed, signed', () => {
    const summary = tables(doc([mdcSite()], [grown()]))[0];
    expect(summary.rows.map((r) => r[0])).toEqual([
      'cabinets',
      'servers',
      'accelerators',
      'IT power',
      'power budget',
      'rack units used',
      'rack units installed',
      'fabric cables',
    ]); // 8 servers still fit one switch: more cables, no more switches
    expect(summary.rows[2]).toEqual(['accelerators', '32', '64', '+32', '']);
  });

  test('IT power is shown against the budget', () => {
    const power = tables(doc([mdcSite()], [grown()]))[0].rows.find((r) => r[0] === 'IT power');
    expect(power?.[4]).toBe('budget 40 kW');
  });

  test('a removed site shows negative changes with the minus sign', () => {
    const summary = tables(doc([mdcSite()], []))[0];
    expect(summary.rows.find((r) => r[0] === 'accelerators')?.[3]).toBe(`${MINUS}32`);
  });

  test('cabinet changes are folded, field by field', () => {
    const d = detail(doc([mdcSite()], [grown()]), 'Cabinets and node groups');
    expect(tables(d.blocks)[0].rows).toEqual([[CHANGE_MARK.changed, 'cabinet', 'cab-a', 'count: 1 → 2']]);
  });

  test("the twin's new containers are folded as one numbered range", () => {
    const d = detail(doc([mdcSite()], [grown()]), 'Docker twin');
    expect(d.summary).toBe(`Docker twin (+4 / ${MINUS}0 objects)`);
    expect(tables(d.blocks)[0].rows).toEqual([['+', 'container', 'test-site-01-cab-a-npu-{4..7}', "node group 'cab-a/npu'"]]);
  });

  test('tenants show before → after with the signed change of their allocation', () => {
    const after = mdcSite();
    after.spec.tenants![0].limit = 32;
    const row = tables(detail(doc([mdcSite()], [after]), 'Tenants').blocks)[0].rows[0];
    expect(row).toEqual(['~', 'radiology-ai', 'inference', '16', '24 → 32', '2', '24 → 32 (+8)', '75.0% → 100.0%']);
  });

  test('introduced findings are listed in the open, with file, line and column', () => {
    const after = mdcSite();
    after.spec.cabinets[0].powerBudgetKw = 5;
    const findings = tables(doc([mdcSite()], [after])).find((t) => t.columns[0].title === 'finding');
    expect(findings?.rows.map((r) => [r[0], r[1], r[3].replace(/:\d+:\d+$/, '')])).toEqual([['introduced', 'AIS201', 'test-site-01.yaml']]);
  });
});
