import { backboneNetworkName } from './docker-names';
import { ResolvedSite } from './resolved-site';

/** The shared network of two peered sites, made real in the twin. */
export interface Backbone {
  /** Docker network name. */
  readonly name: string;
  /** The two sites, sorted by name. */
  readonly sites: readonly [string, string];
  /** The site whose stack creates the network; the other attaches to it, so it deploys after. */
  readonly owner: string;
  /** Declared bandwidth (the larger side's sum, when the sides disagree a rule says so). */
  readonly gbps: number;
}

/**
 * One backbone per pair of given sites joined by an uplink (declared on either side; a
 * rule wants both). Uplinks to sites not among the given ones stay records. The owner is
 * the NationalAiCenter side of a center-MDC pair, else the site whose name sorts first, so
 * the same sites always give the same owners and deploy order.
 */
export function backbonesOf(sites: readonly ResolvedSite[]): Backbone[] {
  const byName = new Map(sites.map((s) => [s.name, s] as const));
  const pairs = new Map<string, { a: ResolvedSite; b: ResolvedSite; gbps: Map<string, number> }>();
  for (const site of sites) {
    for (const u of site.spec.spec.uplinks ?? []) {
      const peer = byName.get(u.peer);
      if (!peer || peer.name === site.name) continue;
      const [a, b] = site.name < peer.name ? [site, peer] : [peer, site];
      const key = `${a.name}\u0000${b.name}`;
      const pair = pairs.get(key) ?? { a, b, gbps: new Map<string, number>() };
      pair.gbps.set(site.name, (pair.gbps.get(site.name) ?? 0) + u.gbps);
      pairs.set(key, pair);
    }
  }
  return [...pairs.keys()].sort().map((key) => {
    const { a, b, gbps } = pairs.get(key)!;
    const owner = a.kind !== b.kind ? (a.kind === 'NationalAiCenter' ? a : b) : a;
    return { name: backboneNetworkName(a.name, b.name), sites: [a.name, b.name] as const, owner: owner.name, gbps: Math.max(...gbps.values()) };
  });
}

/** For each site, the sites it must be deployed after (the owners of its backbones). */
export function dependenciesOf(backbones: readonly Backbone[]): Map<string, Set<string>> {
  const deps = new Map<string, Set<string>>();
  for (const b of backbones) {
    const other = b.sites[0] === b.owner ? b.sites[1] : b.sites[0];
    if (!deps.has(other)) deps.set(other, new Set());
    deps.get(other)!.add(b.owner);
  }
  return deps;
}

/**
 * The sites in an order where each comes after the sites it depends on (stable: ties
 * keep the given order). Destroying goes the other way round: a backbone's owner last.
 */
export function dependencyOrder(sites: readonly string[], deps: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const given = new Set(sites);
  const placed = new Set<string>();
  const order: string[] = [];
  while (order.length < sites.length) {
    const next = sites.find((s) => !placed.has(s) && [...(deps.get(s) ?? [])].every((d) => placed.has(d) || !given.has(d)));
    if (!next) throw new Error(`uplink dependencies form a cycle among ${sites.filter((s) => !placed.has(s)).join(', ')}`);
    placed.add(next);
    order.push(next);
  }
  return order;
}
