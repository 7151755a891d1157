import { Backbone } from './backbone';
import { controllerAddresses, controllerExtraMemoryMb } from './controller-size';
import { engineEnvs } from './docker-engines';
import { fabricNetworks, joinsFabricNetwork } from './fabric-networks';
import { ResolvedSite } from './resolved-site';
import { swarmNodeGroups } from './swarm-target';
import { planTwin, TwinOptions } from './twin-plan';
import { Env } from '../env';

/** What the twin of some sites needs on one Docker engine, before anything is created. */
export interface EngineBudget {
  /** The engine as messages name it (DOCKER_HOST, or the site's dockerHost). */
  readonly host: string;
  /** Sites with objects on this engine, in the order given. */
  readonly sites: readonly string[];
  /** Containers: server containers (swarm replicas included), site controllers, tenant gateways. */
  readonly containers: number;
  /** Networks: fabrics, tenant networks, backbones owned here, and their copies on cabinet engines. */
  readonly networks: number;
  /** Memory the containers may take: containers × the per-container limit, plus what controllers with many addresses need beyond it, MB. */
  readonly memoryMb: number;
}

/**
 * Containers, networks and memory the twin of the given sites needs on each engine, from
 * the twin plan (so --fidelity and --max-containers shrink it). The site's engine holds
 * its controller, tenant gateways, swarm services, fabrics, tenant networks and owned
 * backbones; a cabinet engine holds its cabinets' containers and the copies of the
 * networks they join. Engines are listed in the order they are first met.
 */
export function twinBudget(
  sites: readonly ResolvedSite[],
  opts: {
    readonly twin?: TwinOptions;
    readonly backbones?: readonly Pick<Backbone, 'owner' | 'sites'>[];
    readonly memoryMbPerContainer: number;
    readonly env: Env;
  },
): EngineBudget[] {
  const owned = new Map<string, number>();
  const joined = new Map<string, number>();
  for (const b of opts.backbones ?? []) {
    owned.set(b.owner, (owned.get(b.owner) ?? 0) + 1);
    for (const s of b.sites) joined.set(s, (joined.get(s) ?? 0) + 1);
  }
  const byHost = new Map<string, { sites: string[]; containers: number; networks: number; extraMb: number }>();
  const add = (host: string, site: string, containers: number, networks: number, extraMb = 0) => {
    const e = byHost.get(host) ?? { sites: [], containers: 0, networks: 0, extraMb: 0 };
    if (e.sites[e.sites.length - 1] !== site) e.sites.push(site);
    e.containers += containers;
    e.networks += networks;
    e.extraMb += extraMb;
    byHost.set(host, e);
  };
  for (const site of sites) {
    const spec = site.spec.spec;
    const plan = planTwin(site, opts.twin);
    const swarm = swarmNodeGroups(spec);
    const engines = engineEnvs(spec, opts.env);
    const engineOfCabinet = new Map(engines.flatMap((e) => e.cabinets.map((c) => [c, e] as const)));
    const tenants = spec.tenants ?? [];
    const fabrics = fabricNetworks(site.spec, plan.fidelity);
    const served = fabrics.filter((f) => f.controller).length;
    const controllerExtraMb = controllerExtraMemoryMb(controllerAddresses(served, tenants.length, joined.get(site.name) ?? 0));
    add(engines[0].host, site.name, 1 + tenants.length, fabrics.length + tenants.length + (owned.get(site.name) ?? 0), controllerExtraMb);
    const cabinetNets = new Map<number, Set<string>>();
    for (const g of plan.groups) {
      const engine = swarm.has(g.ref) ? engines[0] : (engineOfCabinet.get(g.cabinet) ?? engines[0]);
      add(engine.host, site.name, g.containers, 0);
      if (engine.index === 0) continue;
      const nets = cabinetNets.get(engine.index) ?? new Set<string>();
      for (const f of fabrics) if (joinsFabricNetwork(f, g.ref)) nets.add(`fabric/${f.name}`);
      for (const p of spec.pools ?? []) if (p.nodeGroups.includes(g.ref)) for (const t of tenants) if (t.pool === p.name) nets.add(`tenant/${t.name}`);
      cabinetNets.set(engine.index, nets);
    }
    for (const e of engines) if (e.index > 0) add(e.host, site.name, 0, cabinetNets.get(e.index)?.size ?? 0);
  }
  return [...byHost].map(([host, e]) => ({
    host,
    sites: e.sites,
    containers: e.containers,
    networks: e.networks,
    memoryMb: e.containers * opts.memoryMbPerContainer + e.extraMb,
  }));
}

/** "12 containers, 9 networks, 384 MB" for a plan line. */
export function describeBudget(b: Pick<EngineBudget, 'containers' | 'networks' | 'memoryMb'>): string {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return `${plural(b.containers, 'container')}, ${plural(b.networks, 'network')}, ${formatMb(b.memoryMb)} of container memory limits`;
}

/** MB as "384 MB" or "31.4 GiB". */
export function formatMb(mb: number): string {
  return mb >= 1024 ? `${Math.round((mb / 1024) * 10) / 10} GiB` : `${mb} MB`;
}

/**
 * Why the engine cannot hold the twin, as one line naming the knobs that shrink it;
 * undefined when it can. `memTotalBytes` is `docker info`'s MemTotal.
 */
export function budgetRefusal(b: EngineBudget, memTotalBytes: number): string | undefined {
  const totalMb = Math.floor(memTotalBytes / (1024 * 1024));
  if (b.memoryMb <= totalMb) return undefined;
  return `the twin of ${b.sites.length} site${b.sites.length === 1 ? '' : 's'} on ${b.host} must fit the engine's memory (${formatMb(totalMb)}), but it needs ${describeBudget(b)}; shrink it with --fidelity programme (one container per node group), --max-containers N (server containers per site) or --fidelity twin, deploy fewer sites with --site, or use an engine with more memory`;
}
