import { ResolvedSite } from './resolved-site';

/**
 * How faithfully a site is represented on Docker: `full`, one container per server;
 * `twin`, at most a budget of server containers per site; `programme`, one container per
 * node group (standing for all its servers), for twins of many sites on one engine.
 */
export type Fidelity = 'twin' | 'full' | 'programme';

/** Server containers per site in a twin, unless configured otherwise. */
export const DEFAULT_MAX_CONTAINERS = 64;

export interface TwinOptions {
  /** `twin` (default): at most `maxContainers` server containers; `full`: one per server; `programme`: one per node group. */
  readonly fidelity?: Fidelity;
  /** Budget of server containers per site for a twin (`programme` and `full` ignore it). @default 64 */
  readonly maxContainers?: number;
}

/** The containers that stand for one node group. */
export interface NodeGroupPlan {
  readonly ref: string;
  readonly cabinet: string;
  readonly nodeGroup: string;
  /** Real servers in the group (all identical cabinets). */
  readonly servers: number;
  /** Containers created for the group. */
  readonly containers: number;
  /** Servers each container stands for (the last may stand for fewer: see `lastRepresents`). */
  readonly represents: number;
  readonly lastRepresents: number;
  /** Servers per cabinet, to tell which physical cabinet a full-fidelity container is in. */
  readonly serversPerCabinet: number;
}

export interface TwinPlan {
  readonly fidelity: Fidelity;
  /**
   * Whether the containers keep the node image's Docker healthcheck (see
   * `keepsHealthchecks`); without it a container counts as up once it runs.
   */
  readonly healthchecks: boolean;
  readonly groups: readonly NodeGroupPlan[];
  readonly containers: number;
  readonly servers: number;
}

/**
 * Whether a twin of this fidelity keeps the node image's healthcheck. Docker runs it as
 * one `docker exec` per container every 2 s, about 60 ms of CPU each: two cores are
 * saturated at about 100 containers (docs/performance.md). A programme twin has hundreds,
 * so its containers have none: deploy waits for them to run, and `verify` reaches them
 * over the network.
 */
export function keepsHealthchecks(fidelity: Fidelity): boolean {
  return fidelity !== 'programme';
}

/** Thrown when a budget cannot hold one container per node group. */
export class TwinBudgetError extends Error {}

/**
 * Decides how many containers stand for each node group. Full fidelity: one per server.
 * Twin: one per server while the site fits the budget; otherwise the budget is shared in
 * proportion to servers (largest remainder, at least one per group), and each container
 * stands for ⌈servers / containers⌉ servers. Programme: one container per node group,
 * standing for all its servers. A node group is the smallest unit whose containers can
 * carry true labels (one cabinet entry, one accelerator, at most one pool), so a
 * representative per cabinet or per site would have to say less than it stands for.
 */
export function planTwin(site: Pick<ResolvedSite, 'cabinets'>, opts: TwinOptions = {}): TwinPlan {
  const fidelity = opts.fidelity ?? 'twin';
  const budget = opts.maxContainers ?? DEFAULT_MAX_CONTAINERS;
  const groups = site.cabinets.flatMap((c) => c.nodeGroups.map((g) => ({ g, perCab: g.spec.count })));
  const total = groups.reduce((s, x) => s + x.g.servers, 0);
  let alloc: number[];
  if (fidelity === 'programme') {
    alloc = groups.map(() => 1);
  } else if (fidelity === 'full' || total <= budget) {
    alloc = groups.map((x) => x.g.servers);
  } else {
    if (groups.length > budget) {
      throw new TwinBudgetError(`the container budget must be at least the number of node groups (${groups.length}), but ${budget} was given`);
    }
    alloc = shareBudget(
      groups.map((x) => x.g.servers),
      budget,
    );
  }
  const plans = groups.map(({ g, perCab }, i): NodeGroupPlan => {
    const represents = Math.ceil(g.servers / alloc[i]);
    const containers = Math.ceil(g.servers / represents);
    return {
      ref: g.ref,
      cabinet: g.cabinetName,
      nodeGroup: g.spec.name,
      servers: g.servers,
      containers,
      represents,
      lastRepresents: g.servers - represents * (containers - 1),
      serversPerCabinet: perCab,
    };
  });
  return { fidelity, healthchecks: keepsHealthchecks(fidelity), groups: plans, containers: plans.reduce((s, p) => s + p.containers, 0), servers: total };
}

/** Splits `budget` over weights: proportional, largest remainder, each at least 1. */
function shareBudget(weights: number[], budget: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = budget - weights.length;
  const exact = weights.map((w) => (w / total) * spare);
  const alloc = exact.map((x) => 1 + Math.floor(x));
  let left = budget - alloc.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    alloc[i]++;
    left--;
  }
  return alloc.map((a, i) => Math.min(a, weights[i]));
}
