import { Backbone } from './backbone';
import { crossSiteSample, CrossSiteSample } from './cross-site-sample';
import { cabinetEngines } from './docker-engines';
import { backboneNetworkName, controllerName, nodeContainerPrefix, tenantContainerName, tenantNetworkName } from './docker-names';
import { fabricNetworks, joinsFabricNetwork } from './fabric-networks';
import { ResolvedSite } from './resolved-site';
import { swarmNodeGroups } from './swarm-target';
import { planTwin, TwinOptions } from './twin-plan';

/**
 * What the spec says about one path: `reach` (it must connect), `blocked` (it must not),
 * or `any` (the spec says nothing: e.g. a site with egress reaching the host).
 */
export type Expectation = 'reach' | 'blocked' | 'any';

/** The TCP port every aisite container serves (busybox httpd). */
export const NODE_PORT = 8080;
/** The Docker API's plain TCP port (a supported `dockerHost` set-up). */
export const DOCKER_API_PORT = 2375;
/** An address outside every site: a public DNS resolver, TCP 53. */
export const OUTSIDE_ADDRESS = { address: '1.1.1.1', port: 53 } as const;

/** A container that probes are run in. */
export interface ProbeSource {
  readonly site: string;
  readonly container: string;
  readonly role: 'tenant' | 'controller' | 'node';
  /** Docker network names it is on, by the spec. */
  readonly networks: readonly string[];
  /** Whether every one of those networks is internal (no route out, no host). */
  readonly internalOnly: boolean;
}

/** Where a probe goes. Addresses are resolved from the live engine when probes run. */
export type ProbeTarget =
  /**
   * A container, on NODE_PORT, with the networks the spec puts it on (the probe picks its
   * addresses from them: deploy/verify.ts `targetAddresses`).
   */
  | { readonly kind: 'container'; readonly container: string; readonly site: string; readonly networks: readonly string[] }
  /** Every address of the host (the gateways of the site's networks and the host's own), on `port`. */
  | { readonly kind: 'host'; readonly port: number; readonly what: string }
  /** An address outside the site. */
  | { readonly kind: 'outside'; readonly address: string; readonly port: number };

/** One cell of the matrix: from a container to a target, and what the spec wants. */
export interface ReachabilityRule {
  readonly from: ProbeSource;
  readonly to: ProbeTarget;
  readonly expect: Expectation;
  /** Why, in words (shown next to a violation). */
  readonly why: string;
}

/** A target as one short name: a container name, `host:2375`, `outside 1.1.1.1:53`. */
export function targetName(t: ProbeTarget): string {
  if (t.kind === 'container') return t.container;
  if (t.kind === 'host') return `host:${t.port} (${t.what})`;
  return `outside ${t.address}:${t.port}`;
}

export interface ReachabilityOptions {
  /** How the twin is sized (which node containers exist). @default twin defaults */
  readonly twin?: TwinOptions;
  /** Extra host ports to probe besides the Docker API (e.g. a state server's 5432). @default none */
  readonly hostPorts?: readonly number[];
  /** Probe every other site's controller from every source, however many sites. @default false (a sample above ALL_PAIRS_MAX_SITES sites) */
  readonly allPairs?: boolean;
}

/** The matrix, and which cross-site pairs it holds. */
export interface Reachability {
  readonly rules: ReachabilityRule[];
  readonly crossSite: CrossSiteSample;
}

/** The rules of `reachability` alone. */
export function reachabilityRules(sites: readonly ResolvedSite[], backbones: readonly Backbone[], options: ReachabilityOptions = {}): ReachabilityRule[] {
  return reachability(sites, backbones, options).rules;
}

/**
 * The intended reachability of the given sites, as rules between containers:
 * - a tenant's gateway reaches the controller; node groups reach the gateways of their
 *   pool's tenants and the controller when they share a network with it;
 * - a tenant never reaches another tenant's gateway, nor another site's controller;
 * - a container whose networks are all internal (air-gapped site, internal fabric,
 *   backbone) never reaches the host (Docker API and `hostPorts`) or anything outside;
 * - controllers of peered sites (a backbone between them) always reach each other, of
 *   other sites never.
 * Sources are the controller, every tenant gateway and the first container of each node
 * group on the site's own engine (swarm services and cabinet engines are not probed).
 * Other sites' controllers are every other site's up to ALL_PAIRS_MAX_SITES sites (or with
 * `allPairs`), else the bounded sample of `crossSiteSample`: linear in sites (the rules of a
 * site grow with its sources and its uplinks, not with the set). Deterministic order.
 */
export function reachability(sites: readonly ResolvedSite[], backbones: readonly Backbone[], options: ReachabilityOptions = {}): Reachability {
  const peered = new Set(backbones.map((b) => b.name));
  const crossSite = crossSiteSample(
    sites.map((s) => s.name),
    backbones,
    options.allPairs,
  );
  const backbonesBySite = new Map<string, Backbone[]>(sites.map((s) => [s.name, []]));
  for (const b of backbones) for (const s of b.sites) backbonesBySite.get(s)?.push(b);
  const members = new Map(sites.map((site) => [site.name, siteMembers(site, backbonesBySite.get(site.name) ?? [], options.twin)] as const));
  const rules: ReachabilityRule[] = [];
  const hostPorts = [
    { port: DOCKER_API_PORT, what: 'Docker API' },
    ...[...new Set(options.hostPorts ?? [])]
      .filter((p) => p !== DOCKER_API_PORT)
      .sort((a, b) => a - b)
      .map((port) => ({ port, what: 'host service' })),
  ];
  for (const site of sites) {
    const m = members.get(site.name)!;
    const controllerNets = new Set(m.controller.networks);
    for (const src of [m.controller, ...m.tenants.map((t) => t.source), ...m.nodes]) {
      const add = (to: ProbeTarget, expect: Expectation, why: string) => rules.push({ from: src, to, expect, why });
      const shares = (nets: readonly string[]) => nets.some((n) => src.networks.includes(n));
      if (src.role !== 'controller') {
        const near = shares([...controllerNets]);
        add(
          { kind: 'container', container: m.controller.container, site: site.name, networks: m.controller.networks },
          near ? 'reach' : 'blocked',
          near ? 'it shares a network with its controller' : 'it shares no network with its controller',
        );
      }
      for (const t of m.tenants) {
        if (t.source.container === src.container) continue;
        const own = src.networks.includes(t.network);
        const why = own
          ? src.role === 'controller'
            ? 'the controller is on every tenant network'
            : `its pool serves tenant ${t.name}`
          : `tenant ${t.name} is another tenant's`;
        add({ kind: 'container', container: t.source.container, site: site.name, networks: t.source.networks }, own ? 'reach' : 'blocked', why);
      }
      const probed = (src.role === 'controller' ? crossSite.fromController : crossSite.fromOthers).get(site.name);
      for (const other of sites) {
        if (other.name === site.name || !probed?.has(other.name)) continue;
        const target = members.get(other.name)!.controller;
        const backbone = backboneNetworkName(site.name, other.name);
        const isPeer = src.role === 'controller' && peered.has(backbone);
        add(
          { kind: 'container', container: target.container, site: other.name, networks: target.networks },
          isPeer ? 'reach' : 'blocked',
          isPeer
            ? `a backbone joins ${site.name} and ${other.name}`
            : src.role === 'controller'
              ? `no uplink peers ${site.name} with ${other.name}`
              : `only controllers join backbones`,
        );
      }
      const closed = src.internalOnly;
      const why = closed ? (site.spec.spec.airGapped ? 'the site is air-gapped' : 'all its networks are internal') : 'it has a network with a route out';
      for (const h of hostPorts) add({ kind: 'host', port: h.port, what: h.what }, closed ? 'blocked' : 'any', why);
      add({ kind: 'outside', ...OUTSIDE_ADDRESS }, closed ? 'blocked' : 'any', why);
    }
  }
  return { rules, crossSite };
}

/** The containers of a site that probes run in, with the networks the spec gives them. */
function siteMembers(site: ResolvedSite, backbones: readonly Backbone[], twin?: TwinOptions) {
  const spec = site.spec.spec;
  const airGapped = Boolean(spec.airGapped);
  const plan = planTwin(site, twin);
  const fabrics = fabricNetworks(site.spec, plan.fidelity);
  const internal = new Map<string, boolean>(fabrics.map((f) => [f.name, f.internal]));
  const tenants = (spec.tenants ?? []).map((t) => {
    const network = tenantNetworkName(site.name, t.name);
    internal.set(network, airGapped);
    const source: ProbeSource = {
      site: site.name,
      container: tenantContainerName(site.name, t.name),
      role: 'tenant',
      networks: [network],
      internalOnly: airGapped,
    };
    return { name: t.name, pool: t.pool, network, source };
  });
  const backboneNets = backbones.map((b) => b.name);
  for (const b of backboneNets) internal.set(b, true);
  const onlyInternal = (nets: readonly string[]) => nets.every((n) => internal.get(n) === true);
  const controllerNets = [...fabrics.filter((f) => f.controller).map((f) => f.name), ...tenants.map((t) => t.network), ...backboneNets];
  const controller: ProbeSource = {
    site: site.name,
    container: controllerName(site.name),
    role: 'controller',
    networks: controllerNets,
    internalOnly: onlyInternal(controllerNets),
  };
  const swarm = swarmNodeGroups(spec);
  const remote = cabinetEngines(spec);
  const nodes: ProbeSource[] = [];
  for (const g of plan.groups) {
    if (g.containers < 1 || swarm.has(g.ref) || remote.get(g.cabinet)?.index) continue;
    const pool = (spec.pools ?? []).find((p) => p.nodeGroups.includes(g.ref));
    const nets = [
      ...fabrics.filter((f) => joinsFabricNetwork(f, g.ref)).map((f) => f.name),
      ...tenants.filter((t) => pool && t.pool === pool.name).map((t) => t.network),
    ];
    nodes.push({
      site: site.name,
      container: `${nodeContainerPrefix(site.name, g.cabinet, g.nodeGroup)}-0`,
      role: 'node',
      networks: nets,
      internalOnly: onlyInternal(nets),
    });
  }
  return { controller, tenants, nodes };
}
