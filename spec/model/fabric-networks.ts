import { Fabric, Site } from '../site-types.generated';
import { sharedFabricNetworkName } from './docker-names';
import { overlayNetworks } from './swarm-target';
import { Fidelity } from './twin-plan';

/**
 * The Docker networks that stand for a site's fabrics. Plain data over the spec, shared by
 * the constructs, `deploy`, `status`, `verify`, `diff` and the twin budget, so that they all
 * agree on which networks a twin has and who joins them.
 */
export interface FabricNetwork {
  /** The Docker network's name: `<site>-<fabric>`, or `<site>-<a>_<b>` for several fabrics. */
  readonly name: string;
  /** The fabrics it stands for, in spec order (at least one). */
  readonly fabrics: readonly Fabric[];
  /** Its subnet: that of the first fabric the controller joins, else of the first fabric. */
  readonly subnet: string;
  /** No route out (the site is air-gapped, or none of its fabrics has egress). */
  readonly internal: boolean;
  /** An attachable overlay network (swarm services join it) instead of a bridge. */
  readonly overlay: boolean;
  /** Whether the site controller joins it (the management fabrics; every fabric when there is none). */
  readonly controller: boolean;
  /** Node groups (`cabinet/nodeGroup`) whose containers join it. @default every node group */
  readonly nodeGroups?: readonly string[];
}

type SiteSpec = Pick<Site, 'metadata' | 'spec'>;

/** Whether a fabric has no route out: the site is air-gapped, or the fabric has no egress. */
export function fabricInternal(fabric: Pick<Fabric, 'egress'>, airGapped?: boolean): boolean {
  return Boolean(airGapped) || !fabric.egress;
}

/** Whether the containers of node group `ref` join the network. */
export function joinsFabricNetwork(network: Pick<FabricNetwork, 'nodeGroups'>, ref: string): boolean {
  return !network.nodeGroups || network.nodeGroups.includes(ref);
}

/**
 * One network per fabric, unless the fidelity is `programme` (decision 40): then bridge
 * fabrics that no probe can tell apart share one. Those are fabrics that the same node
 * groups join and that the controller joins alike; or, among fabrics the same node groups
 * join, the controller's and the others together, when that changes nothing the controller
 * can reach: one of the controller's has egress, or none of them has. So every container
 * keeps the same neighbours and the same way out (or none), and `verify` expects what it
 * expects at other fidelities, while a programme of 200 MDCs has 400 networks and 480
 * endpoints fewer (three fabrics each). Overlay fabrics (swarm) keep a network each: Swarm
 * refuses network names longer than 63 characters. In spec order of each network's first
 * fabric.
 */
export function fabricNetworks(site: SiteSpec, fidelity?: Fidelity): FabricNetwork[] {
  const spec = site.spec;
  const fabrics = spec.fabrics ?? [];
  const airGapped = Boolean(spec.airGapped);
  const overlay = overlayNetworks(spec).fabrics;
  const management = fabrics.filter((f) => f.purpose === 'management');
  const served = new Set((management.length ? management : fabrics).map((f) => f.name));
  const internal = (f: Fabric) => fabricInternal(f, airGapped);
  const network = (members: readonly Fabric[]): FabricNetwork => ({
    ...fabricsNetwork(site.metadata.name, members, { airGapped, overlay: overlay.has(members[0].name) }),
    subnet: (members.find((f) => served.has(f.name)) ?? members[0]).subnet,
    controller: members.some((f) => served.has(f.name)),
  });
  if (fidelity !== 'programme') return fabrics.map((f) => network([f]));
  // Alike: bridges the same node groups join. An overlay fabric is a group of its own.
  const groups = new Map<string, Fabric[]>();
  for (const f of fabrics) {
    const key = overlay.has(f.name) ? `overlay\0${f.name}` : `bridge\0${f.nodeGroups ? [...f.nodeGroups].sort().join('\0') : '*'}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const out: Fabric[][] = [];
  for (const group of groups.values()) {
    const joined = group.filter((f) => served.has(f.name));
    const others = group.filter((f) => !served.has(f.name));
    const sameWayOut = joined.some((f) => !internal(f)) || group.every(internal);
    if (!joined.length || !others.length || sameWayOut) out.push(group);
    else out.push(joined, others);
  }
  const position = new Map(fabrics.map((f, i) => [f.name, i]));
  return out.sort((a, b) => position.get(a[0].name)! - position.get(b[0].name)!).map(network);
}

/**
 * The network of the given fabrics (one, or several alike), as far as the spec alone says:
 * the controller's part is the site's (`fabricNetworks`). The subnet is the first fabric's.
 */
export function fabricsNetwork(
  site: string,
  fabrics: readonly Fabric[],
  opts: { readonly airGapped?: boolean; readonly overlay?: boolean } = {},
): Omit<FabricNetwork, 'controller'> {
  return {
    name: sharedFabricNetworkName(
      site,
      fabrics.map((f) => f.name),
    ),
    fabrics,
    subnet: fabrics[0].subnet,
    internal: fabrics.every((f) => fabricInternal(f, opts.airGapped)),
    overlay: Boolean(opts.overlay),
    ...(fabrics[0].nodeGroups ? { nodeGroups: fabrics[0].nodeGroups } : {}),
  };
}
