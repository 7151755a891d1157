import { Backbone } from './backbone';

/** Sets of at most this many sites have every other site's controller probed from every source. */
export const ALL_PAIRS_MAX_SITES = 8;
/** Ring neighbours, each way in name order, whose controllers a sampled site's sources probe. */
export const RING_NEIGHBOURS = 2;

/** Which other sites' controllers the sources of each site probe. */
export interface CrossSiteSample {
  /** Whether the pairs are a sample (more than ALL_PAIRS_MAX_SITES sites and no `allPairs`). */
  readonly sampled: boolean;
  /** Per site: the sites whose controller its controller probes (its ring neighbours and every uplink peer). */
  readonly fromController: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per site: the sites whose controller its other sources probe (its ring neighbours and those of its peer list). */
  readonly fromOthers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Ordered site pairs probed (a source of the first probes the controller of the second). */
  readonly pairs: number;
  /** Ordered site pairs there are: sites × (sites − 1). */
  readonly possiblePairs: number;
}

/**
 * The `k` names after and the `k` before `anchor` in `sorted` (a sorted name list, with or
 * without the anchor, which is never picked), wrapping round; every other name when there
 * are at most 2k. O(k + log n).
 */
export function ringNeighbours(sorted: readonly string[], anchor: string, k: number = RING_NEIGHBOURS): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < anchor) lo = mid + 1;
    else hi = mid;
  }
  const present = lo < sorted.length && sorted[lo] === anchor;
  const m = sorted.length - (present ? 1 : 0);
  if (m <= 2 * k) return sorted.filter((s) => s !== anchor);
  const after = present ? lo + 1 : lo;
  const picked = new Set<string>();
  for (let i = 0; i < k; i++) {
    picked.add(sorted[(after + i) % sorted.length]);
    picked.add(sorted[(lo - 1 - i + sorted.length) % sorted.length]);
  }
  return [...picked];
}

/**
 * The cross-site pairs `verify` probes. Up to ALL_PAIRS_MAX_SITES sites (or with `allPairs`):
 * every source of every site probes every other site's controller. Above it, linear in sites
 * and deterministic: a site's controller probes the controllers of its RING_NEIGHBOURS
 * neighbours each way in name order and of every uplink peer (each uplink is proven both
 * ways); its tenants and nodes, which join no backbone, probe the same ring and the ring of
 * its own position in its sorted peer list (an MDC's one peer, the center; RING_NEIGHBOURS
 * each way of a center's many). So every site is probed from and probed to by at least
 * 2 × RING_NEIGHBOURS others (when there are that many), and every peer pair both ways.
 */
export function crossSiteSample(names: readonly string[], backbones: readonly Backbone[], allPairs = false): CrossSiteSample {
  const sorted = [...new Set(names)].sort();
  const n = sorted.length;
  const sampled = !allPairs && n > ALL_PAIRS_MAX_SITES;
  const peers = new Map<string, string[]>(sorted.map((s) => [s, []]));
  for (const b of backbones) {
    const [x, y] = b.sites;
    if (peers.has(x) && peers.has(y)) {
      peers.get(x)!.push(y);
      peers.get(y)!.push(x);
    }
  }
  const fromController = new Map<string, ReadonlySet<string>>();
  const fromOthers = new Map<string, ReadonlySet<string>>();
  let pairs = 0;
  sorted.forEach((site) => {
    if (!sampled) {
      const all = new Set(sorted.filter((s) => s !== site));
      fromController.set(site, all);
      fromOthers.set(site, all);
      pairs += all.size;
      return;
    }
    const ring = ringNeighbours(sorted, site);
    const own = [...new Set(peers.get(site))].sort();
    const controller = new Set([...ring, ...own]);
    fromController.set(site, controller);
    fromOthers.set(site, new Set([...ring, ...ringNeighbours(own, site)]));
    pairs += controller.size;
  });
  return { sampled, fromController, fromOthers, pairs, possiblePairs: n * (n - 1) };
}
