import { renderCapacityReport } from '../../../cli/commands/report';
import { parseSource } from '../../../spec/load/load-files';
import { buildCapacityReport } from '../../../spec/report/capacity-report';
import { Block, reportDocument } from '../../../spec/report/report-document';
import { validateDocuments } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

/** The fixture plus 2 servers of 8 ATOM cards, 4U, no serverProfile: pcie-4u-8 is chosen for them. */
function atomReport() {
  const site = mdcSite();
  site.spec.cabinets[0].nodeGroups.push({ name: 'atom', count: 2, accelerator: 'rebellions-atom', acceleratorsPerNode: 8, rackUnitsPerNode: 4 });
  const src = toYaml(site);
  const result = validateDocuments(parseSource(src.file, src.text).documents);
  expect(result.findings).toEqual([]);
  return buildCapacityReport(result.sites);
}

function nodeGroupTable(blocks: readonly Block[]) {
  const t = blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.columns[0].title === 'node group');
  if (!t) throw new Error('no node group table');
  return t;
}

describe('node groups in the report', () => {
  test('a table lists each node group with its server profile and how it was found', () => {
    const t = nodeGroupTable(reportDocument(atomReport()));
    expect(t.columns.map((c) => c.title)).toEqual(['node group', 'accelerator', 'per server', 'servers', 'server profile', 'U', 'kW']);
    expect(t.rows.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['cab-a/npu', 'pcie-4u-8 (default)', '4'],
      ['cab-a/atom', 'pcie-4u-8 (chosen)', '4'],
    ]);
  });

  test.each(['text', 'markdown', 'html'] as const)('the %s report shows the chosen profile', async (format) => {
    const out = await renderCapacityReport(atomReport(), format);
    expect(out).toContain('cab-a/atom');
    expect(out).toContain('pcie-4u-8 (chosen)');
  });

  test('the json report carries the profile and how it was found', async () => {
    const data = JSON.parse(await renderCapacityReport(atomReport(), 'json'));
    expect(data.sites[0].capacity.byNodeGroup[1]).toMatchObject({
      ref: 'cab-a/atom',
      serverProfile: 'pcie-4u-8',
      serverProfileChoice: 'chosen',
      rackUnitsPerNode: 4,
    });
  });

  test('the total leaves node groups out (they belong to their sites)', () => {
    expect(atomReport().total).not.toHaveProperty('byNodeGroup');
  });
});
