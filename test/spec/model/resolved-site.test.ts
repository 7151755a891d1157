import { Catalog } from '../../../spec/catalog/catalog';
import { parseSource } from '../../../spec/load/load-files';
import { ResolvedSite } from '../../../spec/model/resolved-site';
import { Site } from '../../../spec/site-types.generated';
import { validateDocuments } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

function resolve(site: Site): ResolvedSite {
  const src = toYaml(site);
  return validateDocuments(parseSource(src.file, src.text).documents).sites[0];
}

const catalog = Catalog.builtin();

test('a node group gets its profile, rack units and power from the catalog', () => {
  const g = resolve(mdcSite()).nodeGroups.get('cab-a/npu')!;
  const a = catalog.accelerator('furiosa-rngd')!;
  const p = catalog.profile(a.defaultServerProfile!)!;
  expect(g.profile).toEqual(p);
  expect(g.rackUnitsPerNode).toBe(p.rackUnits);
  expect(g.powerKwPerNode).toBeCloseTo((8 * a.tdpW) / 1000 + p.hostPowerKw, 6);
});

test('counts expand over identical cabinets', () => {
  const spec = mdcSite();
  spec.spec.cabinets[0].count = 3;
  const site = resolve(spec);
  const g = site.nodeGroups.get('cab-a/npu')!;
  expect(g.servers).toBe(3 * 4);
  expect(g.accelerators).toBe(3 * 4 * 8);
  // per-cabinet figures do not multiply by the cabinet count
  expect(site.cabinets[0].rackUnitsUsed).toBe(4 * g.rackUnitsPerNode!);
});

test('a cabinet sums the power and rack units it knows, and names the node groups it leaves out', () => {
  const spec = mdcSite();
  spec.spec.cabinets[0].nodeGroups.push({ name: 'xpu', count: 2, accelerator: 'acme-xpu', acceleratorsPerNode: 4 });
  const site = resolve(spec);
  const cab = site.cabinets[0];
  const known = site.nodeGroups.get('cab-a/npu')!;
  expect(cab.powerKw).toBeCloseTo(4 * known.powerKwPerNode!, 6);
  expect(cab.rackUnitsUsed).toBe(4 * known.rackUnitsPerNode!);
  expect(cab.powerUnknownFor).toEqual(['cab-a/xpu']);
  expect(cab.rackUnitsUnknownFor).toEqual(['cab-a/xpu']);
});

test('a cabinet whose node groups all resolve leaves none out', () => {
  const cab = resolve(mdcSite()).cabinets[0];
  expect(cab.powerUnknownFor).toEqual([]);
  expect(cab.rackUnitsUnknownFor).toEqual([]);
});

test('an unknown accelerator with explicit rackUnitsPerNode and powerKwPerNode is counted', () => {
  const spec = mdcSite();
  Object.assign(spec.spec.cabinets[0].nodeGroups[0], { accelerator: 'acme-xpu', rackUnitsPerNode: 3, powerKwPerNode: 2 });
  const cab = resolve(spec).cabinets[0];
  expect([cab.powerKw, cab.rackUnitsUsed, cab.powerUnknownFor, cab.rackUnitsUnknownFor]).toEqual([8, 12, [], []]);
});

test('a node group without serverProfile records the profile chosen for it and how', () => {
  const spec = mdcSite();
  Object.assign(spec.spec.cabinets[0].nodeGroups[0], { accelerator: 'rebellions-atom', acceleratorsPerNode: 8 });
  const g = resolve(spec).nodeGroups.get('cab-a/npu')!;
  expect([g.profileId, g.profileChoice, g.profile?.id]).toEqual(['pcie-4u-8', 'chosen', 'pcie-4u-8']);
  const atom = catalog.accelerator('rebellions-atom')!;
  expect(g.powerKwPerNode).toBeCloseTo((8 * atom.tdpW) / 1000 + catalog.profile('pcie-4u-8')!.hostPowerKw, 6);
});
