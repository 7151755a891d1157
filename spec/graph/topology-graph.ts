import { fabricLoad } from '../model/fabric-capacity';
import { FabricSizing, sizeFabric } from '../model/fabric-sizing';
import { poolAccelerators } from '../model/pool-size';
import type { ResolvedCabinet, ResolvedNodeGroup, ResolvedSite } from '../model/resolved-site';

/**
 * The topology of a set of sites as a plain graph, for pictures (Mermaid, DOT, SVG).
 * One cluster per site holding its cabinets (nested clusters of node groups), fabrics,
 * pools and tenants; edges tenant → pool → node group → fabric inside a site and one
 * uplink edge per peered pair of sites. Same sites in, same graph out: nothing depends
 * on the order of the sites given, the locale or the clock.
 */
export interface TopologyGraph {
  /** One per site, ordered by site name. */
  readonly sites: readonly TopologyCluster[];
  /** Nodes outside every site: uplink peers that are not among the sites (dashed). */
  readonly externals: readonly TopologyNode[];
  /** Inside sites first (in site order), then uplinks. */
  readonly edges: readonly TopologyEdge[];
}

export type TopologyNodeKind = 'node-group' | 'fabric' | 'pool' | 'tenant' | 'external' | 'summary';

/**
 * How much of each site is drawn: `full` (cabinets, node groups, fabrics, pools, tenants)
 * or `sites` (one summary node per site, for an overview of many sites; uplinks as in full).
 */
export type TopologyDetail = 'full' | 'sites';

/** `auto` draws everything up to this many sites and an overview beyond. */
export const FULL_DETAIL_MAX_SITES = 12;

/** The detail `auto` stands for with this many sites. */
export function autoDetail(sites: number): TopologyDetail {
  return sites <= FULL_DETAIL_MAX_SITES ? 'full' : 'sites';
}

export interface TopologyNode {
  /** Unique in the graph, `[A-Za-z0-9_]` only: usable as a Mermaid id, a DOT id and an SVG id. */
  readonly id: string;
  readonly kind: TopologyNodeKind;
  /** Lines of the label; the first is the object's name. Raw text: renderers escape it. */
  readonly label: readonly string[];
}

export interface TopologyCluster {
  readonly id: string;
  readonly kind: 'site' | 'cabinet';
  readonly label: readonly string[];
  /** Nested clusters: a site's cabinets (a cabinet has none). */
  readonly clusters: readonly TopologyCluster[];
  /** Nodes directly inside: a cabinet's node groups; a site's fabrics, pools, tenants. */
  readonly nodes: readonly TopologyNode[];
  /** A node inside the cluster to hang edges to the whole cluster on (DOT's lhead/ltail). */
  readonly anchor: string;
}

export type TopologyEdgeKind =
  /** node group → fabric it is attached to */
  | 'attached'
  /** pool → node group whose accelerators it is made of */
  | 'draws-on'
  /** tenant → pool it has a quota in */
  | 'quota'
  /** site ↔ site or external peer; both ends are site cluster ids or external node ids */
  | 'uplink';

export interface TopologyEdge {
  readonly kind: TopologyEdgeKind;
  readonly from: string;
  readonly to: string;
  readonly label?: string;
}

/** Builds the topology graph of the given sites. Unresolvable references get no edge. */
export function topologyGraph(sites: readonly ResolvedSite[], detail: TopologyDetail = 'full'): TopologyGraph {
  const ids = new IdRegistry();
  const ordered = [...sites].sort((a, b) => compare(a.name, b.name));
  const edges: TopologyEdge[] = [];
  const siteIds = new Map<string, string>();
  const clusters = ordered.map((site) => {
    const cluster = detail === 'sites' ? siteSummary(site, ids) : siteCluster(site, ids, edges);
    if (!siteIds.has(site.name)) siteIds.set(site.name, cluster.id);
    return cluster;
  });
  const { uplinks, externals } = uplinkEdges(ordered, siteIds, ids);
  return { sites: clusters, externals, edges: [...edges, ...uplinks] };
}

/** A site as one box holding one node with its totals (the `sites` detail). */
function siteSummary(site: ResolvedSite, ids: IdRegistry): TopologyCluster {
  const id = ids.take('site', site.name);
  const spec = site.spec.spec;
  const c = site.capacity;
  const node: TopologyNode = {
    id: ids.take(`${id}__summary`, site.name),
    kind: 'summary',
    label: [
      `${plural(c.cabinets, 'cabinet')} · ${plural(c.servers, 'server')}`,
      `${plural(c.accelerators, 'accelerator')}${c.accelerators ? ` · ${Math.round(c.domesticShare * 100)}% domestic` : ''}`,
      `${plural((spec.fabrics ?? []).length, 'fabric')} · ${plural((spec.pools ?? []).length, 'pool')} · ${plural((spec.tenants ?? []).length, 'tenant')}`,
    ],
  };
  return { id, kind: 'site', label: [site.name, `${site.kind}${spec.airGapped ? ' · air-gapped' : ''}`], clusters: [], nodes: [node], anchor: node.id };
}

function siteCluster(site: ResolvedSite, ids: IdRegistry, edges: TopologyEdge[]): TopologyCluster {
  const id = ids.take('site', site.name);
  const spec = site.spec.spec;
  const groupIds = new Map<string, string>();
  const cabinets = site.cabinets.map((cab) => cabinetCluster(cab, id, ids, groupIds));
  const allGroups = site.cabinets.flatMap((c) => c.nodeGroups);

  const fabrics: TopologyNode[] = (spec.fabrics ?? []).map((f) => {
    const flags = [
      f.oversubscription !== undefined && f.oversubscription !== 1 ? `oversubscribed ${num(f.oversubscription)}:1` : '',
      f.egress ? 'egress' : '',
    ].filter(Boolean);
    return {
      id: ids.take(`${id}__fabric`, f.name),
      kind: 'fabric',
      label: [
        f.name,
        `${f.purpose} fabric · ${f.topology}`,
        `${num(f.linkGbps)} Gbps links · ${switchesOf(sizeFabric(fabricLoad(site, f).input))}`,
        ...(flags.length ? [flags.join(' · ')] : []),
      ],
    };
  });
  const pools: TopologyNode[] = (spec.pools ?? []).map((p) => {
    const accelerators = poolAccelerators(site, p);
    return { id: ids.take(`${id}__pool`, p.name), kind: 'pool', label: [p.name, `pool · ${plural(accelerators, 'accelerator')}`] };
  });
  const tenants: TopologyNode[] = (spec.tenants ?? []).map((t) => ({
    id: ids.take(`${id}__tenant`, t.name),
    kind: 'tenant',
    label: [t.name, `tenant · guaranteed ${num(t.guaranteed)} · limit ${num(t.limit ?? t.guaranteed)}`],
  }));

  const poolIds = firstByName(spec.pools ?? [], pools);
  (spec.tenants ?? []).forEach((t, i) => {
    const pool = poolIds.get(t.pool);
    if (pool) edges.push({ kind: 'quota', from: tenants[i].id, to: pool });
  });
  (spec.pools ?? []).forEach((p, i) => {
    for (const ref of unique(p.nodeGroups)) {
      const group = groupIds.get(ref);
      if (group) edges.push({ kind: 'draws-on', from: pools[i].id, to: group });
    }
  });
  (spec.fabrics ?? []).forEach((f, i) => {
    const refs = f.nodeGroups ? unique(f.nodeGroups) : unique(allGroups.map((g) => g.ref));
    for (const ref of refs) {
      const group = groupIds.get(ref);
      if (group) edges.push({ kind: 'attached', from: group, to: fabrics[i].id });
    }
  });

  const anchor = (spec.fabrics ?? []).findIndex((f) => f.egress);
  const nodes = [...fabrics, ...pools, ...tenants];
  const firstGroup = cabinets[0]?.nodes[0]?.id;
  return {
    id,
    kind: 'site',
    label: [
      site.name,
      `${site.kind}${spec.airGapped ? ' · air-gapped' : ''}`,
      `${plural(site.capacity.servers, 'server')} · ${plural(site.capacity.accelerators, 'accelerator')}`,
    ],
    clusters: cabinets,
    nodes,
    anchor: anchor >= 0 ? fabrics[anchor].id : (fabrics[0]?.id ?? firstGroup ?? nodes[0]?.id ?? id),
  };
}

function cabinetCluster(cab: ResolvedCabinet, siteId: string, ids: IdRegistry, groupIds: Map<string, string>): TopologyCluster {
  const id = ids.take(`${siteId}__cab`, cab.name);
  const nodes = cab.nodeGroups.map((g): TopologyNode => {
    const node: TopologyNode = { id: ids.take(`${id}__ng`, g.spec.name), kind: 'node-group', label: nodeGroupLabel(g) };
    if (!groupIds.has(g.ref)) groupIds.set(g.ref, node.id);
    return node;
  });
  const c = cab.spec;
  return {
    id,
    kind: 'cabinet',
    label: [cab.count > 1 ? `${num(cab.count)} × ${cab.name}` : cab.name, `${num(c.rackUnits)} U · ${num(c.powerBudgetKw)} kW · ${c.cooling} cooling`],
    clusters: [],
    nodes,
    anchor: nodes[0]?.id ?? id,
  };
}

function nodeGroupLabel(g: ResolvedNodeGroup): string[] {
  const a = g.accelerator;
  const model = a ? `${a.vendor} ${a.model}` : g.spec.accelerator;
  const perCabinet = g.cabinetCount > 1 ? ' per cabinet' : '';
  return [
    g.spec.name,
    `${plural(g.spec.count, 'server')} × ${num(g.spec.acceleratorsPerNode)} ${model}${perCabinet}`,
    `${g.cabinetCount > 1 ? `${plural(g.servers, 'server')} · ` : ''}${plural(g.accelerators, 'accelerator')}${a?.domestic ? ' · domestic' : ''}`,
  ];
}

/**
 * One edge per peered pair of sites (whichever side declares the uplink, or both), and
 * one per site and outside peer, to a dashed external node. A site peering with itself
 * gets no edge.
 */
function uplinkEdges(
  sites: readonly ResolvedSite[],
  siteIds: ReadonlyMap<string, string>,
  ids: IdRegistry,
): { uplinks: TopologyEdge[]; externals: TopologyNode[] } {
  // pair key → Gbps declared by each side, summed over that side's uplinks to the peer
  const pairs = new Map<string, { a: string; b: string; gbps: Map<string, number> }>();
  const seen = new Set<string>();
  for (const site of sites) {
    if (seen.has(site.name)) continue; // a duplicate name: the first site of that name stands for it
    seen.add(site.name);
    for (const u of site.spec.spec.uplinks ?? []) {
      if (u.peer === site.name) continue;
      const [a, b] = compare(site.name, u.peer) <= 0 ? [site.name, u.peer] : [u.peer, site.name];
      const key = `${a}\u0000${b}`;
      const pair = pairs.get(key) ?? { a, b, gbps: new Map<string, number>() };
      pair.gbps.set(site.name, (pair.gbps.get(site.name) ?? 0) + u.gbps);
      pairs.set(key, pair);
    }
  }
  const externalIds = new Map<string, string>();
  const externals: TopologyNode[] = [];
  const endpoint = (name: string): string => {
    const site = siteIds.get(name);
    if (site) return site;
    let ext = externalIds.get(name);
    if (!ext) {
      ext = ids.take('external', name);
      externalIds.set(name, ext);
      externals.push({ id: ext, kind: 'external', label: [name, 'external site'] });
    }
    return ext;
  };
  const uplinks: TopologyEdge[] = [];
  for (const key of [...pairs.keys()].sort(compare)) {
    const { a, b, gbps } = pairs.get(key)!;
    // The declaring side comes first, so an edge to an outside peer always leaves its site.
    const [from, to] = siteIds.has(a) ? [a, b] : [b, a];
    const declared = [from, to].filter((s) => gbps.has(s)).map((s) => gbps.get(s)!);
    const label = declared.length === 2 && declared[0] !== declared[1] ? `${num(declared[0])} / ${num(declared[1])} Gbps` : `${num(declared[0])} Gbps`;
    uplinks.push({ kind: 'uplink', from: endpoint(from), to: endpoint(to), label });
  }
  externals.sort((x, y) => compare(x.id, y.id));
  return { uplinks, externals };
}

/** Hands out ids `<prefix>_<sanitized name>`, unique: a repeat gets `_2`, `_3`, … */
class IdRegistry {
  private readonly used = new Set<string>();

  take(prefix: string, name: string): string {
    const base = `${prefix}_${sanitizeId(name)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }
}

/** Every character outside `[A-Za-z0-9]` becomes `_` (DNS labels: `-` → `_`). */
export function sanitizeId(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '_');
}

/** Digits grouped by thousands with commas, independent of the locale; up to 3 decimals. */
export function num(n: number): string {
  const [int, frac] = String(Math.round(n * 1000) / 1000).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A fabric's switches as the fat-tree model sizes them: "3 tiers, 310 switches". */
function switchesOf(z: FabricSizing | undefined): string {
  if (!z) return 'more than 3 tiers';
  if (z.tiers === 0) return 'no switches';
  return `${plural(z.tiers, 'tier')}, ${num(z.switches)} switch${z.switches === 1 ? '' : 'es'}`;
}

function plural(n: number, noun: string): string {
  return `${num(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Node ids by spec name; the first of a repeated name wins (as the rules' lookups do). */
function firstByName(specs: ReadonlyArray<{ name: string }>, nodes: readonly TopologyNode[]): Map<string, string> {
  const m = new Map<string, string>();
  specs.forEach((s, i) => {
    if (!m.has(s.name)) m.set(s.name, nodes[i].id);
  });
  return m;
}
