import {
  autoDetail,
  FULL_DETAIL_MAX_SITES,
  num,
  sanitizeId,
  TopologyCluster,
  TopologyGraph,
  TopologyNode,
  topologyGraph,
} from '../../../spec/graph/topology-graph';
import { validatePaths } from '../../../spec/validate';
import { awkwardSite, exampleSites, siteWith } from './graph-fixture';

const EXAMPLES = exampleSites();
const graph = topologyGraph(EXAMPLES);

function site(g: TopologyGraph, name: string): TopologyCluster {
  const s = g.sites.find((c) => c.label[0] === name);
  if (!s) throw new Error(`no site ${name} in ${g.sites.map((c) => c.label[0]).join(', ')}`);
  return s;
}

function nodes(c: TopologyCluster): TopologyNode[] {
  return [...c.clusters.flatMap(nodes), ...c.nodes];
}

/** Edges of a kind as "from-name -> to-name" (names: first label lines). */
function edgeNames(g: TopologyGraph, kind: string): string[] {
  const names = new Map<string, string>();
  for (const s of g.sites) {
    names.set(s.id, s.label[0]);
    for (const n of nodes(s)) names.set(n.id, n.label[0]);
  }
  for (const n of g.externals) names.set(n.id, n.label[0]);
  return g.edges.filter((e) => e.kind === kind).map((e) => `${names.get(e.from)} -> ${names.get(e.to)}${e.label ? ` (${e.label})` : ''}`);
}

describe('topologyGraph', () => {
  test('has one cluster per site, ordered by name', () => {
    expect(graph.sites.map((s) => s.label[0])).toEqual(['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center']);
  });

  test('the site label gives its kind, servers and accelerators', () => {
    expect(site(graph, 'haenam-national-ai-center').label).toEqual(['haenam-national-ai-center', 'NationalAiCenter', '4,096 servers · 32,768 accelerators']);
  });

  test('an air-gapped site says so', () => {
    expect(site(graph, 'daejeon-hospital-01').label[1]).toBe('MicroDataCenter · air-gapped');
  });

  test('identical cabinets are one cluster labelled "N × name"', () => {
    expect(site(graph, 'haenam-national-ai-center').clusters.map((c) => c.label[0])).toEqual(['512 × gpu-su', '256 × npu-row']);
  });

  test('a single cabinet is labelled by its name alone', () => {
    expect(site(graph, 'daejeon-hospital-01').clusters.map((c) => c.label[0])).toEqual(['cab-a']);
  });

  test('a node group names its accelerator model and its counts', () => {
    const dgx = site(graph, 'haenam-national-ai-center').clusters[0].nodes[0];
    expect(dgx.label).toEqual(['dgx', '4 servers × 8 NVIDIA H200 SXM 141GB per cabinet', '2,048 servers · 16,384 accelerators']);
  });

  test('a domestic accelerator is marked domestic', () => {
    expect(site(graph, 'daejeon-hospital-01').clusters[0].nodes[0].label[2]).toBe('32 accelerators · domestic');
  });

  test('an accelerator missing from the catalog is shown by its id', () => {
    const g = topologyGraph([siteWith('s', (s) => (s.spec.cabinets[0].nodeGroups[0].accelerator = 'npu-x9'))]);
    expect(g.sites[0].clusters[0].nodes[0].label[1]).toBe('4 servers × 8 npu-x9');
  });

  test('a fabric gives its purpose, topology, link speed, its switch tiers and count as the fat-tree model sizes them, and flags', () => {
    const mgmt = site(graph, 'haenam-national-ai-center').nodes.find((n) => n.label[0] === 'mgmt');
    expect(mgmt?.label).toEqual(['mgmt', 'management fabric · leaf-spine', '100 Gbps links · 2 tiers, 59 switches', 'oversubscribed 3:1 · egress']);
  });

  test('a fabric that needs a third tier says so, as the report sizes it', () => {
    const g = topologyGraph(validatePaths(['test/fixtures/sites/national-three-tier-fabrics.yaml']).sites);
    const storage = site(g, 'national-three-tier').nodes.find((n) => n.label[0] === 'storage');
    expect(storage?.label[2]).toBe('200 Gbps links · 3 tiers, 365 switches');
  });

  test('a tenant gives guaranteed and limit; the limit defaults to guaranteed', () => {
    const copilot = site(graph, 'gwangju-factory-01').nodes.find((n) => n.label[0] === 'maintenance-copilot');
    expect(copilot?.label).toEqual(['maintenance-copilot', 'tenant · guaranteed 8 · limit 8']);
  });

  test('a pool counts the accelerators of its node groups', () => {
    const pool = site(graph, 'haenam-national-ai-center').nodes.find((n) => n.kind === 'pool');
    expect(pool?.label).toEqual(['sovereign-training', 'pool · 16,384 accelerators']);
  });

  test('a fabric without nodeGroups is attached to every node group', () => {
    const g = topologyGraph([EXAMPLES.find((s) => s.name === 'daejeon-hospital-01')!]);
    expect(edgeNames(g, 'attached').filter((e) => e.endsWith('-> storage'))).toEqual(['rngd -> storage', 'atom -> storage']);
  });

  test('a fabric with nodeGroups is attached to those only', () => {
    const g = topologyGraph([EXAMPLES.find((s) => s.name === 'haenam-national-ai-center')!]);
    expect(edgeNames(g, 'attached').filter((e) => e.includes('compute'))).toEqual(['dgx -> gpu-compute', 'rebel -> npu-compute']);
  });

  test('a pool draws on its node groups', () => {
    const g = topologyGraph([EXAMPLES.find((s) => s.name === 'daejeon-hospital-01')!]);
    expect(edgeNames(g, 'draws-on')).toEqual(['inference -> rngd', 'vision -> atom']);
  });

  test('a tenant has a quota edge to its pool', () => {
    const g = topologyGraph([EXAMPLES.find((s) => s.name === 'daejeon-hospital-01')!]);
    expect(edgeNames(g, 'quota')).toEqual(['radiology-ai -> inference', 'emr-assistant -> inference', 'pathology-ai -> vision']);
  });

  test('peered sites get one uplink edge for the pair, labelled with its Gbps', () => {
    expect(edgeNames(graph, 'uplink')).toEqual(['gwangju-factory-01 -> haenam-national-ai-center (100 Gbps)']);
  });

  test('an uplink edge joins the two site clusters', () => {
    const up = graph.edges.find((e) => e.kind === 'uplink')!;
    expect([up.from, up.to]).toEqual([site(graph, 'gwangju-factory-01').id, site(graph, 'haenam-national-ai-center').id]);
  });

  test('sides declaring different Gbps are both shown', () => {
    const a = siteWith('a', (s) => (s.spec.uplinks = [{ name: 'to-b', peer: 'b', gbps: 100 }]));
    const b = siteWith('b', (s) => (s.spec.uplinks = [{ name: 'to-a', peer: 'a', gbps: 40 }]));
    expect(edgeNames(topologyGraph([a, b]), 'uplink')).toEqual(['a -> b (100 / 40 Gbps)']);
  });

  test('several uplinks of a site to the same peer add up', () => {
    const a = siteWith(
      'a',
      (s) =>
        (s.spec.uplinks = [
          { name: 'one', peer: 'b', gbps: 100 },
          { name: 'two', peer: 'b', gbps: 100 },
        ]),
    );
    expect(edgeNames(topologyGraph([a, siteWith('b')]), 'uplink')).toEqual(['a -> b (200 Gbps)']);
  });

  test('an uplink to a site not given ends at a dashed external node', () => {
    const gwangju = EXAMPLES.find((s) => s.name === 'gwangju-factory-01')!;
    const g = topologyGraph([gwangju]);
    expect(g.externals).toEqual([{ id: 'external_haenam_national_ai_center', kind: 'external', label: ['haenam-national-ai-center', 'external site'] }]);
    expect(edgeNames(g, 'uplink')).toEqual(['gwangju-factory-01 -> haenam-national-ai-center (100 Gbps)']);
  });

  test('two sites with the same outside peer share its external node', () => {
    const up = (n: string) => siteWith(n, (s) => (s.spec.uplinks = [{ name: 'wan', peer: 'cloud', gbps: 10 }]));
    const g = topologyGraph([up('a'), up('b')]);
    expect(g.externals.map((n) => n.id)).toEqual(['external_cloud']);
    expect(edgeNames(g, 'uplink')).toEqual(['a -> cloud (10 Gbps)', 'b -> cloud (10 Gbps)']);
  });

  test('an uplink of a site to itself draws nothing', () => {
    const g = topologyGraph([siteWith('a', (s) => (s.spec.uplinks = [{ name: 'loop', peer: 'a', gbps: 10 }]))]);
    expect(g.edges.filter((e) => e.kind === 'uplink')).toEqual([]);
  });

  test('references to missing pools and node groups get no edge', () => {
    const g = topologyGraph([
      siteWith('a', (s) => {
        s.spec.tenants![0].pool = 'nowhere';
        s.spec.pools![0].nodeGroups = ['cab-z/none'];
        s.spec.fabrics![0].nodeGroups = ['cab-z/none'];
      }),
    ]);
    expect([edgeNames(g, 'quota'), edgeNames(g, 'draws-on'), edgeNames(g, 'attached')]).toEqual([[], [], ['npu -> mgmt']]);
  });

  test('every id is sanitized to [A-Za-z0-9_]', () => {
    const g = topologyGraph([...EXAMPLES, awkwardSite()]);
    const ids = [...g.sites.flatMap((s) => [s.id, ...s.clusters.map((c) => c.id), ...nodes(s).map((n) => n.id)]), ...g.externals.map((n) => n.id)];
    expect(ids.filter((id) => !/^[A-Za-z0-9_]+$/.test(id))).toEqual([]);
  });

  test('ids are unique, even for names that sanitize alike or repeat', () => {
    const g = topologyGraph([
      siteWith('a-b', (s) => (s.spec.fabrics = [s.spec.fabrics![0], { ...s.spec.fabrics![1], name: s.spec.fabrics![0].name }])),
      siteWith('a_b'),
    ]);
    const ids = g.sites.flatMap((s) => [s.id, ...s.clusters.map((c) => c.id), ...nodes(s).map((n) => n.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('ids are stable: derived from the names', () => {
    expect(site(graph, 'daejeon-hospital-01').clusters[0].nodes.map((n) => n.id)).toEqual([
      'site_daejeon_hospital_01__cab_cab_a__ng_rngd',
      'site_daejeon_hospital_01__cab_cab_a__ng_atom',
    ]);
  });

  test('the order the sites are given in does not matter', () => {
    expect(topologyGraph([...EXAMPLES].reverse())).toEqual(graph);
  });

  test('an egress fabric anchors the site for edges to the whole site', () => {
    expect(site(graph, 'gwangju-factory-01').anchor).toBe('site_gwangju_factory_01__fabric_mgmt');
  });
});

describe('sanitizeId', () => {
  test('keeps letters and digits and turns anything else into _', () => {
    expect(sanitizeId('cab-a/ng "1"')).toBe('cab_a_ng__1_');
  });
});

describe('num', () => {
  test('groups thousands with commas whatever the locale', () => {
    expect([num(32768), num(1000000), num(999), num(0)]).toEqual(['32,768', '1,000,000', '999', '0']);
  });

  test('keeps up to three decimals', () => {
    expect([num(1.5), num(2.25), num(1 / 3)]).toEqual(['1.5', '2.25', '0.333']);
  });
});

describe('topologyGraph with detail "sites"', () => {
  const sites = validatePaths(['examples']).sites;
  const overview = topologyGraph(sites, 'sites');

  test('draws each site as one box holding one summary node with its totals', () => {
    for (const c of overview.sites) {
      expect(c.clusters).toEqual([]);
      expect(c.nodes.map((n) => n.kind)).toEqual(['summary']);
    }
    const national = overview.sites.find((c) => c.label[0] === 'haenam-national-ai-center');
    expect(national?.nodes[0].label).toEqual(['768 cabinets · 4,096 servers', '32,768 accelerators · 50% domestic', '4 fabrics · 2 pools · 6 tenants']);
  });

  test('keeps the uplinks, and only them', () => {
    expect(overview.edges.map((e) => e.kind)).toEqual(['uplink']);
    expect(overview.edges).toEqual(topologyGraph(sites, 'full').edges.filter((e) => e.kind === 'uplink'));
  });
});

describe('autoDetail', () => {
  test(`is full up to ${FULL_DETAIL_MAX_SITES} sites and an overview beyond`, () => {
    expect([autoDetail(1), autoDetail(FULL_DETAIL_MAX_SITES), autoDetail(FULL_DETAIL_MAX_SITES + 1)]).toEqual(['full', 'full', 'sites']);
  });
});
