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

test('a cabinet with an unresolved node group has unknown power and rack units', () => {
  const spec = mdcSite();
  spec.spec.cabinets[0].nodeGroups[0].accelerator = 'acme-xpu';
  const cab = resolve(spec).cabinets[0];
  expect(cab.powerKw).toBeUndefined();
  expect(cab.rackUnitsUsed).toBeUndefined();
});
