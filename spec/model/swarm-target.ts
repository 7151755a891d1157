import { formatAddress, parseCidr } from '../net/cidr';
import { Accelerator, DeployTarget, Site } from '../site-types.generated';

/**
 * Where node groups run: `docker` (containers) or `swarm` (one Docker Swarm service per
 * node group of a pool). Plain data over the spec, shared by the constructs, `deploy`,
 * `status` and the rules; no cdktf here.
 */

/** The node label a swarm node carries for the accelerator model it has (`docker node update --label-add`). */
export const NODE_ACCELERATOR_LABEL = 'aisite.accelerator';

type SiteSpec = Site['spec'];

/** The target of the site itself (spec.target), default docker. */
export function siteTarget(spec: SiteSpec): DeployTarget {
  return spec.target ?? 'docker';
}

/**
 * The target of each pooled node group (cabinet/nodeGroup): its pool's target, else the
 * site's. Node groups in no pool are not listed: they are always containers.
 */
export function nodeGroupTargets(spec: SiteSpec): Map<string, DeployTarget> {
  const targets = new Map<string, DeployTarget>();
  for (const p of spec.pools ?? []) {
    for (const ref of p.nodeGroups) if (!targets.has(ref)) targets.set(ref, p.target ?? siteTarget(spec));
  }
  return targets;
}

/** Node groups (cabinet/nodeGroup) that run as swarm services. */
export function swarmNodeGroups(spec: SiteSpec): Set<string> {
  return new Set([...nodeGroupTargets(spec)].filter(([, t]) => t === 'swarm').map(([ref]) => ref));
}

/** Whether deploying the site needs an engine in swarm mode (a swarm site or a swarm pool). */
export function needsSwarm(spec: SiteSpec): boolean {
  return siteTarget(spec) === 'swarm' || (spec.pools ?? []).some((p) => p.target === 'swarm');
}

/**
 * Networks that are attachable overlay networks instead of bridges: on a swarm site all
 * of them; otherwise the fabrics a swarm node group joins and the tenant networks of
 * swarm pools (services can only join swarm-scoped networks; containers join them
 * because they are attachable).
 */
export function overlayNetworks(spec: SiteSpec): { readonly fabrics: Set<string>; readonly tenants: Set<string> } {
  const all = siteTarget(spec) === 'swarm';
  const swarm = swarmNodeGroups(spec);
  const groupRefs = spec.cabinets.flatMap((c) => c.nodeGroups.map((g) => `${c.name}/${g.name}`));
  const fabrics = new Set((spec.fabrics ?? []).filter((f) => all || (f.nodeGroups ?? groupRefs).some((ref) => swarm.has(ref))).map((f) => f.name));
  const swarmPools = new Set((spec.pools ?? []).filter((p) => p.nodeGroups.some((ref) => swarm.has(ref))).map((p) => p.name));
  const tenants = new Set((spec.tenants ?? []).filter((t) => all || swarmPools.has(t.pool)).map((t) => t.name));
  return { fabrics, tenants };
}

/** The generic resource a task reserves, by the catalog kind of the accelerator: GPU, NPU or PIM. */
export function genericResourceKind(accelerator: Pick<Accelerator, 'kind'> | undefined): string {
  return (accelerator?.kind ?? 'npu').toUpperCase();
}

/** `NPU=8`: what each task of a node group reserves (one server's accelerators). */
export function genericResourceSpec(accelerator: Pick<Accelerator, 'kind'> | undefined, acceleratorsPerNode: number): string {
  return `${genericResourceKind(accelerator)}=${acceleratorsPerNode}`;
}

/** The placement constraint of a node group's service: nodes labelled with its accelerator model. */
export function placementConstraint(acceleratorId: string): string {
  return `node.labels.${NODE_ACCELERATOR_LABEL}==${acceleratorId}`;
}

/**
 * The gateway Swarm gives an overlay network with this subnet (its first address),
 * written into the network's IPAM config: Swarm records it there, and a config without
 * it would differ from what the provider reads back (and `ipam_config` forces replacement).
 */
export function overlayGateway(subnet: string): string | undefined {
  const c = parseCidr(subnet);
  return c && c.size > 2 ? formatAddress(c.network + 1) : undefined;
}
