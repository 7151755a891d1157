import { Catalog } from '../../../spec/catalog/catalog';
import { computeCapacity, PRECISIONS } from '../../../spec/model/capacity';
import { ResolvedSite } from '../../../spec/model/resolved-site';
import { parseSource } from '../../../spec/load/load-files';
import { Site } from '../../../spec/site-types.generated';
import { validateDocuments, validatePaths } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

const catalog = Catalog.builtin();
const examples = validatePaths(['examples']).sites;

function example(name: string): ResolvedSite {
  const s = examples.find((x) => x.name === name);
  if (!s) throw new Error(`example ${name} not found`);
  return s;
}

function resolve(site: Site): ResolvedSite {
  const src = toYaml(site);
  return validateDocuments(parseSource(src.file, src.text).documents).sites[0];
}

/** Totals computed here from the spec and the catalog, independently of computeCapacity. */
function expected(site: ResolvedSite) {
  let accelerators = 0;
  let domestic = 0;
  let servers = 0;
  let itPowerKw = 0;
  let rackUnitsUsed = 0;
  const peak: Record<string, number> = {};
  for (const cab of site.spec.spec.cabinets) {
    const cabinets = cab.count ?? 1;
    for (const g of cab.nodeGroups) {
      const a = catalog.accelerator(g.accelerator)!;
      const p = catalog.profile(g.serverProfile ?? a.defaultServerProfile!)!;
      const n = cabinets * g.count;
      servers += n;
      accelerators += n * g.acceleratorsPerNode;
      if (a.domestic) domestic += n * g.acceleratorsPerNode;
      itPowerKw += n * (g.powerKwPerNode ?? (g.acceleratorsPerNode * a.tdpW) / 1000 + p.hostPowerKw);
      rackUnitsUsed += n * (g.rackUnitsPerNode ?? p.rackUnits);
      for (const [prec, tf] of Object.entries(a.peakTflops)) peak[prec] = (peak[prec] ?? 0) + (n * g.acceleratorsPerNode * (tf ?? 0)) / 1000;
    }
  }
  return { accelerators, domestic, servers, itPowerKw, rackUnitsUsed, peak };
}

describe('the Haenam national center example', () => {
  const site = example('haenam-national-ai-center');
  const want = expected(site);

  test('has 32768 accelerators', () => {
    expect(want.accelerators).toBe(32768);
    expect(site.capacity.accelerators).toBe(want.accelerators);
  });

  test('is half domestic', () => {
    expect(site.capacity.domesticAccelerators).toBe(want.domestic);
    expect(site.capacity.domesticShare).toBe(0.5);
  });

  test('peaks at about 1.1 EF fp64 (16384 H200 x 67 TF)', () => {
    const h200 = catalog.accelerator('nvidia-h200-sxm')!;
    expect(site.capacity.peakPflops.fp64).toBeCloseTo((16384 * h200.peakTflops.fp64!) / 1000, 3);
    expect(site.capacity.peakPflops.fp64).toBeCloseTo(1097.728, 3);
  });

  test('sums peak throughput over both accelerator kinds at every precision', () => {
    for (const p of PRECISIONS) expect([p, site.capacity.peakPflops[p]]).toEqual([p, expect.closeTo(want.peak[p] ?? 0, 3)]);
  });

  test('counts cabinets, servers, rack units and power with counts expanded', () => {
    const cabs = site.spec.spec.cabinets;
    expect(site.capacity.cabinets).toBe(cabs.reduce((s, c) => s + (c.count ?? 1), 0));
    expect(site.capacity.servers).toBe(want.servers);
    expect(site.capacity.rackUnits).toBe(cabs.reduce((s, c) => s + (c.count ?? 1) * c.rackUnits, 0));
    expect(site.capacity.rackUnitsUsed).toBe(want.rackUnitsUsed);
    expect(site.capacity.itPowerKw).toBeCloseTo(want.itPowerKw, 3);
    expect(site.capacity.powerBudgetKw).toBe(cabs.reduce((s, c) => s + (c.count ?? 1) * c.powerBudgetKw, 0));
  });

  test('breaks accelerators down by vendor and model, keys sorted', () => {
    expect(site.capacity.byVendor).toEqual({ NVIDIA: 16384, Rebellions: 16384 });
    expect(Object.keys(site.capacity.byModel)).toEqual(['nvidia-h200-sxm', 'rebellions-rebel-quad']);
    expect(site.capacity.byModel['nvidia-h200-sxm']).toEqual({ accelerators: 16384, servers: 2048 });
  });
});

describe('the Daejeon hospital example', () => {
  test('is all domestic, with power from the catalog defaults', () => {
    const site = example('daejeon-hospital-01');
    const want = expected(site);
    expect(site.capacity.accelerators).toBe(want.accelerators);
    expect(site.capacity.domesticShare).toBe(1);
    expect(site.capacity.itPowerKw).toBeCloseTo(want.itPowerKw, 3);
  });
});

describe('computeCapacity', () => {
  test('an explicit powerKwPerNode replaces the catalog default', () => {
    const spec = mdcSite();
    spec.spec.cabinets[0].nodeGroups[0].powerKwPerNode = 3;
    expect(resolve(spec).capacity.itPowerKw).toBe(4 * 3);
  });

  test('an accelerator not in the catalog counts under vendor unknown, with no power or throughput', () => {
    const spec = mdcSite();
    spec.spec.cabinets[0].nodeGroups[0].accelerator = 'acme-xpu';
    const c = resolve(spec).capacity;
    expect(c.accelerators).toBe(32);
    expect(c.byVendor).toEqual({ unknown: 32 });
    expect(c.byModel).toEqual({ 'acme-xpu': { accelerators: 32, servers: 4 } });
    expect(c.itPowerKw).toBe(0);
    expect(Object.values(c.peakPflops).every((v) => v === 0)).toBe(true);
  });

  test('lists each node group with the server profile it got and how', () => {
    const spec = mdcSite();
    spec.spec.cabinets[0].nodeGroups.push(
      { name: 'atom', count: 2, accelerator: 'rebellions-atom', acceleratorsPerNode: 8, rackUnitsPerNode: 4 },
      { name: 'xpu', count: 1, accelerator: 'acme-xpu', acceleratorsPerNode: 4 },
    );
    const lines = resolve(spec).capacity.byNodeGroup;
    expect(lines.map((l) => [l.ref, l.serverProfile, l.serverProfileChoice, l.rackUnitsPerNode])).toEqual([
      ['cab-a/npu', 'pcie-4u-8', 'default', 4],
      ['cab-a/atom', 'pcie-4u-8', 'chosen', 4],
      ['cab-a/xpu', undefined, undefined, undefined],
    ]);
    expect(lines[2]).toEqual({ ref: 'cab-a/xpu', accelerator: 'acme-xpu', acceleratorsPerNode: 4, servers: 1, accelerators: 4 });
  });

  test('no cabinets give zeros, and a domestic share of 0 rather than NaN', () => {
    const c = computeCapacity({ cabinets: [] });
    expect(c.accelerators).toBe(0);
    expect(c.domesticShare).toBe(0);
    expect(c.peakPflops.fp64).toBe(0);
  });
});
