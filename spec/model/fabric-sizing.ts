import { Fabric } from '../site-types.generated';

/** The switches a fabric is built from and how it is wired, without the servers. */
export interface FabricShape {
  readonly topology: Fabric['topology'];
  /** Ports per server on this fabric; on a rail-optimized fabric, one per rail. */
  readonly portsPerServer: number;
  /** Ports per switch. */
  readonly radix: number;
  /** Leaf downlink to uplink ratio; 1 is non-blocking. */
  readonly oversubscription: number;
}

/** What a fabric is built from: how many servers, how many ports each, which switches. */
export interface FabricSizingInput extends FabricShape {
  /** Servers attached. */
  readonly servers: number;
}

/** Switches and cables of a fabric, tier by tier. */
export interface FabricSizing {
  /** 0 (no servers), 1 (one switch), 2 (leaf and spine) or 3 (leaf, spine and core). */
  readonly tiers: 0 | 1 | 2 | 3;
  readonly leaves: number;
  readonly spines: number;
  readonly cores: number;
  /**
   * Groups of leaves that share one set of spines: 1 with two tiers (every spine reaches
   * every leaf), more with three (a core reaches every pod); 0 without spines.
   */
  readonly pods: number;
  /** Leaves of the fullest pod; the pods' spines are sized for it. */
  readonly leavesPerPod: number;
  readonly spinesPerPod: number;
  /** Links from a leaf to each spine of its pod (a leaf's uplinks in equal shares). */
  readonly leafLinksPerSpine: number;
  /**
   * Uplinks of a spine: at least its links down, so the spine layer does not block, and
   * more when that splits into fewer cores (see `sizeFabric`).
   */
  readonly spineUplinks: number;
  /** Spines of a pod that reach the same cores (one core plane; the last may have fewer); see `sizeFabric`. */
  readonly spinesPerPlane: number;
  /** Links from a spine to each core of its plane (a spine's uplinks in equal shares). */
  readonly spineLinksPerCore: number;
  readonly switches: number;
  /** Server-to-leaf cables (one per server port). */
  readonly serverCables: number;
  readonly leafSpineCables: number;
  readonly spineCoreCables: number;
  readonly cables: number;
}

/** The most servers and server ports a fabric shape holds, and in how many tiers. */
export interface FabricCapacity {
  readonly servers: number;
  readonly ports: number;
}

/** Tiers a fat tree may have; beyond three the rule (AIS504) refuses the fabric. */
export const MAX_TIERS = 3;

/**
 * Ports of a leaf at oversubscription o: `down = ⌊radix·o/(1+o)⌋` to servers (at least 1)
 * and the other `up` to spines (at least 1): half each when non-blocking.
 */
export function leafPorts(radix: number, oversubscription: number): { readonly down: number; readonly up: number } {
  const down = Math.min(radix - 1, Math.max(1, Math.floor((radix * oversubscription) / (1 + oversubscription))));
  return { down, up: radix - down };
}

/**
 * The most leaves three tiers reach: a core's ports reach `radix` pods and a pod holds as
 * many leaves as a spine has ports down (half its ports), so radix · ⌊radix/2⌋.
 */
export function maxLeaves(radix: number): number {
  return radix * Math.floor(radix / 2);
}

/**
 * The most servers (and their ports) a fabric shape holds: the largest number for which
 * `sizeFabric` returns a sizing. Flat: one switch. Leaf-spine: `maxLeaves` leaves of
 * `down` ports, i.e. radix · ⌊radix/2⌋ · down ports (k³/4 = 65,536 for non-blocking
 * 64-port switches). Rail-optimized: the same leaves shared out among the rails.
 */
export function fabricCapacity(shape: FabricShape): FabricCapacity {
  const { radix, portsPerServer: pps } = shape;
  if (shape.topology === 'flat') return capacity(Math.floor(radix / pps), pps);
  const { down } = leafPorts(radix, shape.oversubscription);
  const servers =
    shape.topology === 'rail-optimized'
      ? Math.max(pps === 1 ? radix : 0, Math.floor(maxLeaves(radix) / pps) * down)
      : Math.max(Math.floor(radix / pps), Math.floor((maxLeaves(radix) * down) / pps));
  return capacity(servers, pps);
}

function capacity(servers: number, portsPerServer: number): FabricCapacity {
  return { servers, ports: servers * portsPerServer };
}

/**
 * Sizes a fat-tree fabric the way a DGX SuperPOD is sized, or returns undefined when
 * three tiers of these switches cannot hold it (rule AIS504 refuses such a fabric).
 *
 * - One switch while the ports fit on it and no rails must be kept apart (a flat fabric,
 *   a leaf-spine fabric, a rail-optimized fabric with one rail). A flat fabric is never
 *   more than one switch.
 * - Leaves: each gives `leafPorts().down` ports to servers and the rest to spines. On a
 *   rail-optimized fabric every rail (server port i) has its own leaves: rails ·
 *   ⌈servers/down⌉; otherwise ⌈ports/down⌉.
 * - Two tiers while one spine can reach every leaf (leaves ≤ radix). Spines: the fewest
 *   that give every leaf equal links to every spine and have ports for all leaf uplinks,
 *   i.e. the smallest divisor of a leaf's uplinks that is ≥ ⌈leaves · up / radix⌉.
 * - Three tiers beyond that. Leaves form pods of at most ⌊radix/2⌋ (a spine gives half
 *   its ports down, half up), as few pods as that allows, filled evenly; every pod gets
 *   spines as above for its fullest count of leaves (the smallest divisor of a leaf's
 *   uplinks ≥ ⌈leavesPerPod · up / ⌊radix/2⌋⌉). A spine has at least as many links up as
 *   down (u, up to radix minus its links down). Cores: a pod's spines are split into
 *   planes of g spines (the last may have fewer), and each core of a plane has e links
 *   to each of the plane's spines in every pod, so a spine's uplinks are equal shares
 *   and every pod gets the same share of a core: pods · g · e ≤ radix, e divides u;
 *   cores = ⌈spinesPerPod / g⌉ · (u / e). The (u, g, e) giving the fewest cores is taken
 *   (on a tie the smallest u, i.e. the fewest cables).
 *
 * Cables are one per server port, leaf uplink and spine uplink. With 64-port switches,
 * 8 rails and 32 nodes per scalable unit this gives every row of NVIDIA's published
 * SuperPOD tables (H100: 1–4 SU, B200: 2–64 SU; test/spec/model/fabric-sizing.test.ts).
 */
export function sizeFabric(input: FabricSizingInput): FabricSizing | undefined {
  const { servers, portsPerServer: pps, radix } = input;
  const ports = servers * pps;
  if (ports === 0) return build({ tiers: 0, ports });
  const rails = input.topology === 'rail-optimized' ? pps : 1;
  if (rails === 1 && ports <= radix) return build({ tiers: 1, ports, leaves: 1 });
  if (input.topology === 'flat') return undefined;
  const { down, up } = leafPorts(radix, input.oversubscription);
  const leaves = input.topology === 'rail-optimized' ? pps * Math.ceil(servers / down) : Math.ceil(ports / down);
  if (leaves > maxLeaves(radix)) return undefined;
  if (leaves <= radix) {
    const spines = equalShares(up, Math.ceil((leaves * up) / radix));
    return build({ tiers: 2, ports, leaves, up, pods: 1, leavesPerPod: leaves, spinesPerPod: spines });
  }
  const half = Math.floor(radix / 2);
  const pods = Math.ceil(leaves / half);
  const leavesPerPod = Math.ceil(leaves / pods);
  const spinesPerPod = equalShares(up, Math.ceil((leavesPerPod * up) / half));
  const plane = corePlanes(pods, spinesPerPod, (leavesPerPod * up) / spinesPerPod, radix);
  return build({ tiers: 3, ports, leaves, up, pods, leavesPerPod, spinesPerPod, ...plane });
}

/** The smallest divisor of `links` that is at least `atLeast` (≤ links): equal shares. */
function equalShares(links: number, atLeast: number): number {
  for (let n = Math.max(1, atLeast); n < links; n++) if (links % n === 0) return n;
  return links;
}

/**
 * Core planes with the fewest cores (see `sizeFabric`) for spines with `spineDown` links
 * down: each spine gets between `spineDown` (non-blocking) and `radix - spineDown` uplinks,
 * whichever count splits into the fewest cores; on a tie, the fewest uplinks (cables).
 */
function corePlanes(
  pods: number,
  spinesPerPod: number,
  spineDown: number,
  radix: number,
): { cores: number; spineUplinks: number; spinesPerPlane: number; spineLinksPerCore: number } {
  const perPod = Math.floor(radix / pods);
  let best = { cores: spinesPerPod * spineDown, spineUplinks: spineDown, spinesPerPlane: 1, spineLinksPerCore: 1 };
  for (let uplinks = spineDown; uplinks <= radix - spineDown; uplinks++) {
    for (let g = 1; g <= Math.min(perPod, spinesPerPod); g++) {
      for (const e of divisors(uplinks)) {
        if (g * e > perPod) break;
        const cores = Math.ceil(spinesPerPod / g) * (uplinks / e);
        if (cores < best.cores) best = { cores, spineUplinks: uplinks, spinesPerPlane: g, spineLinksPerCore: e };
      }
    }
  }
  return best;
}

/** Divisors of n in ascending order. */
function divisors(n: number): number[] {
  const small: number[] = [];
  const large: number[] = [];
  for (let d = 1; d * d <= n; d++) {
    if (n % d !== 0) continue;
    small.push(d);
    if (d * d !== n) large.push(n / d);
  }
  return small.concat(large.reverse());
}

interface Tiers {
  readonly tiers: FabricSizing['tiers'];
  readonly ports: number;
  readonly leaves?: number;
  readonly up?: number;
  readonly pods?: number;
  readonly leavesPerPod?: number;
  readonly spinesPerPod?: number;
  readonly spineUplinks?: number;
  readonly cores?: number;
  readonly spinesPerPlane?: number;
  readonly spineLinksPerCore?: number;
}

function build(t: Tiers): FabricSizing {
  const leaves = t.leaves ?? 0;
  const pods = t.pods ?? 0;
  const spinesPerPod = t.spinesPerPod ?? 0;
  const spines = pods * spinesPerPod;
  const cores = t.cores ?? 0;
  const leafSpineCables = spines ? leaves * (t.up ?? 0) : 0;
  const spineUplinks = t.spineUplinks ?? 0;
  const spineCoreCables = spines * spineUplinks;
  return {
    tiers: t.tiers,
    leaves,
    spines,
    cores,
    pods,
    leavesPerPod: t.leavesPerPod ?? 0,
    spinesPerPod,
    leafLinksPerSpine: spinesPerPod ? (t.up ?? 0) / spinesPerPod : 0,
    spineUplinks,
    spinesPerPlane: t.spinesPerPlane ?? 0,
    spineLinksPerCore: t.spineLinksPerCore ?? 0,
    switches: leaves + spines + cores,
    serverCables: t.ports,
    leafSpineCables,
    spineCoreCables,
    cables: t.ports + leafSpineCables + spineCoreCables,
  };
}
