import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeProgrammeSet } from '../../../bench/programme-set';
import { backbonesOf } from '../../../spec/model/backbone';
import { ALL_PAIRS_MAX_SITES, RING_NEIGHBOURS } from '../../../spec/model/cross-site-sample';
import { reachability, reachabilityRules, ReachabilityRule, targetName } from '../../../spec/model/reachability';
import { ResolvedSite } from '../../../spec/model/resolved-site';
import { parseSource } from '../../../spec/load/load-files';
import { Fabric } from '../../../spec/site-types.generated';
import { validateDocuments, validatePaths } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const H = 'daejeon-hospital-01';
const F = 'gwangju-factory-01';
const N = 'haenam-national-ai-center';

function sites(...files: string[]): ResolvedSite[] {
  const v = validatePaths(files.map((f) => path.join(EXAMPLES, f)));
  expect(v.sites).toHaveLength(files.length);
  return v.sites;
}

const cell = (rules: readonly ReachabilityRule[], from: string, to: string) => {
  const found = rules.filter((r) => r.from.container === from && targetName(r.to) === to);
  expect(found).toHaveLength(1);
  return found[0].expect;
};

describe('reachabilityRules', () => {
  const hospital = sites('daejeon-hospital-01.yaml');
  const rules = reachabilityRules(hospital, []);

  test('probes run in the controller, every tenant gateway and the first container of each node group', () => {
    expect([...new Set(rules.map((r) => r.from.container))]).toEqual([
      `${H}-controller`,
      `${H}-tenant-radiology-ai`,
      `${H}-tenant-emr-assistant`,
      `${H}-tenant-pathology-ai`,
      `${H}-cab-a-rngd-0`,
      `${H}-cab-a-atom-0`,
    ]);
  });

  test('a tenant reaches its controller and never another tenant', () => {
    expect(cell(rules, `${H}-tenant-radiology-ai`, `${H}-controller`)).toBe('reach');
    expect(cell(rules, `${H}-tenant-radiology-ai`, `${H}-tenant-emr-assistant`)).toBe('blocked');
    expect(cell(rules, `${H}-tenant-pathology-ai`, `${H}-tenant-radiology-ai`)).toBe('blocked');
  });

  test("a node group reaches its pool's tenants only", () => {
    expect(cell(rules, `${H}-cab-a-rngd-0`, `${H}-tenant-radiology-ai`)).toBe('reach');
    expect(cell(rules, `${H}-cab-a-rngd-0`, `${H}-tenant-emr-assistant`)).toBe('reach');
    expect(cell(rules, `${H}-cab-a-rngd-0`, `${H}-tenant-pathology-ai`)).toBe('blocked');
    expect(cell(rules, `${H}-cab-a-atom-0`, `${H}-tenant-pathology-ai`)).toBe('reach');
  });

  test('the controller reaches every tenant gateway', () => {
    for (const t of ['radiology-ai', 'emr-assistant', 'pathology-ai']) expect(cell(rules, `${H}-controller`, `${H}-tenant-${t}`)).toBe('reach');
  });

  test('on an air-gapped site nothing reaches the host or the outside', () => {
    const closed = rules.filter((r) => r.to.kind !== 'container');
    expect(closed.length).toBe(6 * 2);
    expect(closed.every((r) => r.expect === 'blocked' && r.why === 'the site is air-gapped')).toBe(true);
  });

  test('extra host ports are probed once each, sorted, beside the Docker API', () => {
    const r = reachabilityRules(hospital, [], { hostPorts: [5432, 2375, 5432, 22] });
    expect(r.filter((x) => x.from.role === 'controller' && x.to.kind === 'host').map((x) => targetName(x.to))).toEqual([
      'host:2375 (Docker API)',
      'host:22 (host service)',
      'host:5432 (host service)',
    ]);
  });

  describe('several sites', () => {
    const all = sites('daejeon-hospital-01.yaml', 'gwangju-factory-01.yaml', 'haenam-national-ai-center.yaml');
    const many = reachabilityRules(all, backbonesOf(all));

    test('peered controllers always reach each other, both ways', () => {
      expect(cell(many, `${F}-controller`, `${N}-controller`)).toBe('reach');
      expect(cell(many, `${N}-controller`, `${F}-controller`)).toBe('reach');
    });

    test('controllers of sites without an uplink never reach each other', () => {
      expect(cell(many, `${H}-controller`, `${N}-controller`)).toBe('blocked');
      expect(cell(many, `${F}-controller`, `${H}-controller`)).toBe('blocked');
    });

    test("a tenant never reaches another site's controller, even a peer's", () => {
      const factoryTenant = many.find((r) => r.from.site === F && r.from.role === 'tenant')!.from.container;
      expect(cell(many, factoryTenant, `${N}-controller`)).toBe('blocked');
    });

    test('a site with egress says nothing about the host from its open networks', () => {
      const factoryTenant = many.find((r) => r.from.site === F && r.from.role === 'tenant')!;
      expect(factoryTenant.from.internalOnly).toBe(false);
      expect(cell(many, factoryTenant.from.container, 'host:2375 (Docker API)')).toBe('any');
    });

    test('the same specs give the same rules in the same order', () => {
      const again = reachabilityRules(all, backbonesOf(all));
      expect(again.map((r) => `${r.from.container} ${targetName(r.to)} ${r.expect}`)).toEqual(
        many.map((r) => `${r.from.container} ${targetName(r.to)} ${r.expect}`),
      );
    });
  });

  test('every container target carries its networks by the spec, and a path that must connect shares one with its source', () => {
    const all = sites('daejeon-hospital-01.yaml', 'gwangju-factory-01.yaml', 'haenam-national-ai-center.yaml');
    const reach = reachabilityRules(all, backbonesOf(all)).filter((r) => r.to.kind === 'container' && r.expect === 'reach');
    expect(reach.length).toBeGreaterThan(0);
    for (const r of reach) {
      const to = r.to.kind === 'container' ? r.to.networks : [];
      expect({ r: `${r.from.container} → ${targetName(r.to)}`, shared: r.from.networks.some((n) => to.includes(n)) }).toEqual({
        r: `${r.from.container} → ${targetName(r.to)}`,
        shared: true,
      });
    }
  });
});

describe('reachability of a programme set (1 center + MDCs)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-reachability-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const made = new Map<number, ReturnType<typeof make>>();
  const programme = (mdcs: number) => made.get(mdcs) ?? made.set(mdcs, make(mdcs)).get(mdcs)!;
  const make = (mdcs: number) => {
    const set = writeProgrammeSet({ mdcs, prefix: 'r-', dir: fs.mkdtempSync(path.join(tmp, 'set-')) });
    const v = validatePaths([set.dir]);
    expect(v.findings).toEqual([]);
    return { set, sites: v.sites, backbones: backbonesOf(v.sites) };
  };
  const twin = { fidelity: 'programme' as const };
  const crossSite = (rules: readonly ReachabilityRule[]) => rules.filter((r) => r.to.kind === 'container' && r.to.site !== r.from.site);

  test('the rules grow linearly with the sites: 201 sites give about twice the rules of 101 (all pairs gave four times)', () => {
    const big = programme(200);
    const half = programme(100);
    const n201 = reachabilityRules(big.sites, big.backbones, { twin }).length;
    const n101 = reachabilityRules(half.sites, half.backbones, { twin }).length;
    expect(n201 / n101).toBeGreaterThan(1.8);
    expect(n201 / n101).toBeLessThan(2.2);
    // All pairs at 201 sites is about 148,000 rules; the sample stays near 25 per source.
    expect(n201).toBeLessThan(20_000);
  });

  test('at programme fidelity, where fabrics alike share a network, every probe expects what it expects at twin fidelity', () => {
    const { sites, backbones } = programme(40);
    const examples = validatePaths([EXAMPLES]).sites;
    // Without tenants a container's way out is its fabrics': an egress data fabric beside an
    // internal management one, and the other way round.
    const fabric = (name: string, purpose: Fabric['purpose'], subnet: string, egress: boolean): Fabric => ({
      name,
      purpose,
      linkGbps: 10,
      subnet,
      topology: 'flat',
      egress,
    });
    const bare = (name: string, fabrics: Fabric[]) => {
      const s = mdcSite(name);
      s.spec.tenants = [];
      s.spec.cabinets[0].nodeGroups.push({ ...s.spec.cabinets[0].nodeGroups[0], name: 'atom' });
      s.spec.fabrics = fabrics;
      return parseSource(`${name}.yaml`, toYaml(s).text).documents;
    };
    const designed = validateDocuments([
      ...bare('rv-out-data', [fabric('data', 'compute', '10.41.0.0/24', true), fabric('mgmt', 'management', '10.41.1.0/24', false)]),
      ...bare('rv-out-mgmt', [fabric('data', 'compute', '10.42.0.0/24', false), fabric('mgmt', 'management', '10.42.1.0/24', true)]),
      // Only cab-a/npu has a way out: cab-a/atom must not gain one from a shared network.
      ...bare('rv-out-npu', [
        fabric('inner', 'storage', '10.43.0.0/24', false),
        { ...fabric('out', 'compute', '10.43.1.0/24', true), nodeGroups: ['cab-a/npu'] },
        fabric('mgmt', 'management', '10.43.2.0/24', false),
      ]),
    ]).sites;
    expect(designed).toHaveLength(3);
    const cells = (fidelity: 'twin' | 'programme') =>
      [sites, examples, designed]
        .flatMap((set) => reachabilityRules(set, set === sites ? backbones : backbonesOf(set), { twin: { fidelity } }))
        .map((r) => `${r.from.container} -> ${targetName(r.to)}: ${r.expect}`);
    const shared = reachabilityRules(sites, backbones, { twin }).filter((r) => r.from.networks.some((n) => n.includes('_')));
    expect(shared.length).toBeGreaterThan(0);
    expect(cells('programme')).toEqual(cells('twin'));
  });

  test("each source probes a bounded number of other sites' controllers, the center's controller every MDC's", () => {
    const { set, sites, backbones } = programme(40);
    const rules = crossSite(reachabilityRules(sites, backbones, { twin }));
    const perSource = new Map<string, number>();
    for (const r of rules) perSource.set(r.from.container, (perSource.get(r.from.container) ?? 0) + 1);
    expect(perSource.get(`${set.center}-controller`)).toBe(40);
    for (const [source, n] of perSource)
      if (source !== `${set.center}-controller`) expect({ source, bounded: n <= 2 * RING_NEIGHBOURS + 1 }).toEqual({ source, bounded: true });
  });

  test('every MDC controller must reach the center over its uplink and the center every MDC; other MDCs are blocked', () => {
    const { set, sites, backbones } = programme(40);
    const rules = crossSite(reachabilityRules(sites, backbones, { twin }));
    const controllers = rules.filter((r) => r.from.role === 'controller');
    for (const mdc of set.mdcs) {
      expect(cell(controllers, `${mdc}-controller`, `${set.center}-controller`)).toBe('reach');
      expect(cell(controllers, `${set.center}-controller`, `${mdc}-controller`)).toBe('reach');
    }
    const mdcToMdc = controllers.filter((r) => r.from.site !== set.center && r.to.site !== set.center);
    expect(mdcToMdc.length).toBeGreaterThan(0);
    expect(mdcToMdc.every((r) => r.expect === 'blocked')).toBe(true);
  });

  test("every MDC's tenants and nodes probe the center's controller (blocked: only controllers join backbones)", () => {
    const { set, sites, backbones } = programme(40);
    const rules = crossSite(reachabilityRules(sites, backbones, { twin }));
    for (const mdc of set.mdcs) {
      const others = rules.filter((r) => r.from.site === mdc && r.from.role !== 'controller' && targetName(r.to) === `${set.center}-controller`);
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((r) => r.expect === 'blocked')).toBe(true);
    }
  });

  test('every site is probed from and probed to by at least 2 other sites, by a controller and by a tenant', () => {
    const { sites, backbones } = programme(40);
    const rules = crossSite(reachabilityRules(sites, backbones, { twin }));
    for (const role of ['controller', 'tenant'] as const) {
      const to = new Map<string, Set<string>>();
      const from = new Map<string, Set<string>>();
      for (const r of rules.filter((x) => x.from.role === role)) {
        const target = r.to.kind === 'container' ? r.to.site : '';
        to.set(target, (to.get(target) ?? new Set()).add(r.from.site));
        from.set(r.from.site, (from.get(r.from.site) ?? new Set()).add(target));
      }
      for (const s of sites) {
        expect({ role, s: s.name, probedBy: (to.get(s.name)?.size ?? 0) >= 2 }).toEqual({ role, s: s.name, probedBy: true });
        expect({ role, s: s.name, probes: (from.get(s.name)?.size ?? 0) >= 2 }).toEqual({ role, s: s.name, probes: true });
      }
    }
  });

  test('with allPairs every source probes every other site, and the count says so', () => {
    const { sites, backbones } = programme(ALL_PAIRS_MAX_SITES + 2);
    const sampled = reachability(sites, backbones, { twin });
    const full = reachability(sites, backbones, { twin, allPairs: true });
    expect(sampled.crossSite.sampled).toBe(true);
    expect(full.crossSite).toMatchObject({ sampled: false, pairs: sites.length * (sites.length - 1), possiblePairs: sites.length * (sites.length - 1) });
    const sources = new Set(full.rules.map((r) => r.from.container)).size;
    expect(crossSite(full.rules).length).toBe(sources * (sites.length - 1));
    expect(crossSite(sampled.rules).length).toBeLessThan(crossSite(full.rules).length);
  });

  test(`up to ${ALL_PAIRS_MAX_SITES} sites every source probes every other site without asking`, () => {
    const { sites, backbones } = programme(ALL_PAIRS_MAX_SITES - 1);
    const r = reachability(sites, backbones, { twin });
    expect(r.crossSite.sampled).toBe(false);
    const sources = new Set(r.rules.map((x) => x.from.container)).size;
    expect(crossSite(r.rules).length).toBe(sources * (sites.length - 1));
  });
});
