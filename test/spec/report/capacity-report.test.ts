import { buildCapacityReport } from '../../../spec/report/capacity-report';
import { reportDocument } from '../../../spec/report/report-document';
import { validatePaths } from '../../../spec/validate';

const examples = validatePaths(['examples']);
const report = buildCapacityReport(examples.sites);
const site = (name: string) => {
  const s = report.sites.find((x) => x.name === name);
  if (!s) throw new Error(`no site ${name}`);
  return s;
};

describe('buildCapacityReport', () => {
  test('has one entry per site, in the order validated', () => {
    expect(report.sites.map((s) => s.name)).toEqual(examples.sites.map((s) => s.name));
  });

  test('lists accelerators by catalog id with vendor, model and domestic flag', () => {
    expect(site('haenam-national-ai-center').accelerators).toEqual([
      { id: 'nvidia-h200-sxm', vendor: 'NVIDIA', model: 'H200 SXM 141GB', domestic: false, servers: 2048, accelerators: 16384 },
      { id: 'rebellions-rebel-quad', vendor: 'Rebellions', model: 'REBEL-Quad', domestic: true, servers: 2048, accelerators: 16384 },
    ]);
  });

  test('checks the national targets: exaFLOPS at the target precision and the domestic share', () => {
    const t = site('haenam-national-ai-center').targets;
    expect(t.exaflops).toMatchObject({ precision: 'fp64', target: 1, met: true });
    expect(t.exaflops?.actual).toBeCloseTo(1.098, 3);
    expect(t.domesticShare).toEqual({ target: 0.5, actual: 0.5, met: true });
  });

  test('sizes the national rail-optimized fabric as a 64-SU SuperPOD: 512 leaf, 512 spine, 256 core', () => {
    const f = site('haenam-national-ai-center').fabrics.find((x) => x.topology === 'rail-optimized');
    expect(f).toMatchObject({ servers: 2048, rails: 8, ports: 16384 });
    expect(f?.sizing).toMatchObject({ leaves: 512, spines: 512, cores: 256 });
  });

  test("gives each pool its tenants' effective allocations, summing to the pool with the idle part", () => {
    for (const s of report.sites) {
      for (const p of s.pools) expect(p.tenants.reduce((n, t) => n + t.allocated, 0) + p.idle).toBe(p.accelerators);
    }
    const inference = site('daejeon-hospital-01').pools.find((p) => p.name === 'inference');
    expect(inference?.tenants.map((t) => [t.name, t.allocated])).toEqual([
      ['radiology-ai', 21],
      ['emr-assistant', 11],
    ]);
  });

  test('totals are the sums over the sites', () => {
    const sum = (f: (s: (typeof report.sites)[number]) => number) => report.sites.reduce((n, s) => n + f(s), 0);
    expect(report.total).toMatchObject({
      sites: 3,
      servers: sum((s) => s.capacity.servers),
      accelerators: sum((s) => s.capacity.accelerators),
      domesticAccelerators: sum((s) => s.capacity.domesticAccelerators),
      switches: sum((s) => s.fabrics.reduce((n, f) => n + (f.sizing?.switches ?? 0), 0)),
    });
    expect(report.total.itPowerKw).toBeCloseTo(
      sum((s) => s.capacity.itPowerKw),
      3,
    );
    expect(report.total.peakPflops.fp64).toBeCloseTo(
      sum((s) => s.capacity.peakPflops.fp64),
      3,
    );
  });

  test('merges the same accelerator model across sites in the total', () => {
    expect(report.total.byModel.find((l) => l.id === 'furiosa-rngd')).toMatchObject({ accelerators: 40, servers: 5, domestic: true });
  });

  test('a site without targets reports none', () => {
    expect(site('gwangju-factory-01').targets).toEqual({});
  });
});

describe('a national center whose storage and management fabrics need three tiers', () => {
  const national = validatePaths(['test/fixtures/sites/national-three-tier-fabrics.yaml']);
  const fabrics = buildCapacityReport(national.sites).sites[0].fabrics;
  const fabric = (name: string) => {
    const f = fabrics.find((x) => x.name === name);
    if (!f) throw new Error(`no fabric ${name}`);
    return f;
  };

  test('sizes the 7,008-port storage fabric at 2:1 as leaf, spine and core', () => {
    expect(fabric('storage')).toMatchObject({ ports: 7008, oversubscription: 2, sizing: { tiers: 3, leaves: 167, spines: 132, cores: 66 } });
  });

  test('sizes the 4,704-port management fabric at 4:1 as leaf, spine and core', () => {
    expect(fabric('mgmt')).toMatchObject({ ports: 4704, oversubscription: 4, sizing: { tiers: 3, leaves: 93, spines: 39, cores: 22 } });
  });

  test("the report's fabric table shows the tiers of each fabric", () => {
    const table = reportDocument(buildCapacityReport(national.sites)).find((b) => b.type === 'table' && b.columns.some((c) => c.title === 'tiers'));
    if (table?.type !== 'table') throw new Error('no fabric table');
    const tiers = table.columns.findIndex((c) => c.title === 'tiers');
    expect(Object.fromEntries(table.rows.map((r) => [r[0], r[tiers]]))).toEqual({ 'gpu-compute': '3', 'npu-compute': '2', storage: '3', mgmt: '3' });
  });
});
