import { ExternalError } from '../spec/errors';
import { nodeContainerPrefix } from '../spec/model/docker-names';
import { ResolvedSite } from '../spec/model/resolved-site';
import { genericResourceKind, NODE_ACCELERATOR_LABEL, needsSwarm, swarmNodeGroups } from '../spec/model/swarm-target';
import { planTwin, TwinOptions } from '../spec/model/twin-plan';
import { docker } from './docker-objects';
import { Env } from '../spec/env';

/** The engine's swarm membership (`docker info`'s Swarm section). */
export interface SwarmInfo {
  /** inactive, pending, active, error or locked. */
  readonly state: string;
  /** Whether the engine is a manager (services are created on managers). */
  readonly manager: boolean;
  /** Docker's own error, in state error. */
  readonly error?: string;
}

/** Reads the engine's swarm state. */
export function swarmInfo(env: Env = process.env): SwarmInfo {
  const out = docker(['info', '--format', '{{json .Swarm}}'], env).trim();
  const s = JSON.parse(out.slice(out.indexOf('{'))) as { LocalNodeState?: string; ControlAvailable?: boolean; Error?: string };
  return { state: s.LocalNodeState || 'inactive', manager: Boolean(s.ControlAvailable), error: s.Error || undefined };
}

/**
 * Why the engine cannot take swarm services (one line with the fix), or undefined when it
 * can. `sites` names what needs swarm, for the message.
 */
export function swarmModeProblem(info: SwarmInfo, sites: readonly string[]): string | undefined {
  const who = `${sites.length === 1 ? 'site' : 'sites'} ${sites.join(', ')} ${sites.length === 1 ? 'has' : 'have'} pools with target: swarm`;
  switch (info.state) {
    case 'active':
      return info.manager
        ? undefined
        : `docker engine is a swarm worker, but ${who} and services are created on a manager — point DOCKER_HOST at a manager node`;
    case 'locked':
      return `docker engine's swarm is locked, but ${who} — unlock it with \`docker swarm unlock\``;
    case 'pending':
      return `docker engine is still joining a swarm, but ${who} — wait until \`docker info\` shows Swarm: active, or \`docker swarm leave --force\` and \`docker swarm init\``;
    case 'error':
      return `docker engine's swarm is in error (${info.error ?? 'see docker info'}), but ${who} — fix the swarm, or \`docker swarm leave --force\` and \`docker swarm init\``;
    default:
      return `docker engine is not in swarm mode, but ${who} — enable it with \`docker swarm init\` (add --advertise-addr <ip> when the host has several addresses), or set target: docker`;
  }
}

/** A swarm node as placement sees it. */
export interface SwarmNode {
  readonly id: string;
  readonly hostname: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Discrete generic resources the node advertises, by kind. */
  readonly resources: Readonly<Record<string, number>>;
  /** Ready and active (can take tasks). */
  readonly usable: boolean;
}

/** The swarm's nodes (on a manager). */
export function swarmNodes(env: Env = process.env): SwarmNode[] {
  const ids = docker(['node', 'ls', '-q'], env)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!ids.length) return [];
  const nodes = JSON.parse(docker(['node', 'inspect', ...ids], env)) as Array<{
    ID: string;
    Spec: { Labels?: Record<string, string> | null; Availability?: string };
    Description?: { Hostname?: string; Resources?: { GenericResources?: Array<{ DiscreteResourceSpec?: { Kind: string; Value: number } }> | null } };
    Status?: { State?: string };
  }>;
  return nodes.map((n) => {
    const resources: Record<string, number> = {};
    for (const g of n.Description?.Resources?.GenericResources ?? []) {
      if (g.DiscreteResourceSpec) resources[g.DiscreteResourceSpec.Kind] = (resources[g.DiscreteResourceSpec.Kind] ?? 0) + g.DiscreteResourceSpec.Value;
    }
    return {
      id: n.ID,
      hostname: n.Description?.Hostname ?? n.ID,
      labels: n.Spec.Labels ?? {},
      resources,
      usable: n.Status?.State === 'ready' && (n.Spec.Availability ?? 'active') === 'active',
    };
  });
}

/** What one swarm node group asks of the nodes. */
export interface SwarmDemand {
  readonly site: string;
  readonly service: string;
  readonly accelerator: string;
  /** Generic resource kind (GPU, NPU, PIM) and amount per task. */
  readonly kind: string;
  readonly perTask: number;
  readonly replicas: number;
}

/** The services of the sites and what each needs: a label, generic resources, replicas. */
export function swarmDemands(sites: readonly ResolvedSite[], twin: TwinOptions = {}): SwarmDemand[] {
  return sites.flatMap((site) => {
    const swarm = swarmNodeGroups(site.spec.spec);
    if (!swarm.size) return [];
    return planTwin(site, twin)
      .groups.filter((g) => swarm.has(g.ref))
      .map((g) => {
        const ng = site.nodeGroups.get(g.ref)!;
        return {
          site: site.name,
          service: nodeContainerPrefix(site.name, g.cabinet, g.nodeGroup),
          accelerator: ng.spec.accelerator,
          kind: genericResourceKind(ng.accelerator),
          perTask: ng.spec.acceleratorsPerNode,
          replicas: g.containers,
        };
      });
  });
}

/**
 * Placement problems the swarm's nodes show before anything is deployed, one line each:
 * no node labelled for an accelerator model, or not enough generic resources for every
 * task (the tasks would stay pending). Counts each demand alone (other services' use of
 * the same resources is not subtracted).
 */
export function placementWarnings(demands: readonly SwarmDemand[], nodes: readonly SwarmNode[]): string[] {
  const out: string[] = [];
  for (const d of demands) {
    const labelled = nodes.filter((n) => n.usable && n.labels[NODE_ACCELERATOR_LABEL] === d.accelerator);
    if (!labelled.length) {
      out.push(
        `${d.service}: no ready swarm node is labelled ${NODE_ACCELERATOR_LABEL}=${d.accelerator}, so its ${d.replicas} tasks will stay pending — docker node update --label-add ${NODE_ACCELERATOR_LABEL}=${d.accelerator} <node>`,
      );
      continue;
    }
    const fit = labelled.reduce((s, n) => s + Math.floor((n.resources[d.kind] ?? 0) / d.perTask), 0);
    if (fit < d.replicas) {
      out.push(
        `${d.service}: the nodes labelled ${NODE_ACCELERATOR_LABEL}=${d.accelerator} advertise room for ${fit} of its ${d.replicas} tasks (${d.kind}=${d.perTask} each), so ${d.replicas - fit} will stay pending — start their dockerd with --node-generic-resource ${d.kind}=<count> (or "node-generic-resources" in daemon.json)`,
      );
    }
  }
  return out;
}

/**
 * Before a deploy: sites with swarm-target pools need an engine that is a swarm manager
 * (else an ExternalError, exit 3, one line saying how to enable swarm mode); placement
 * problems are warned about through `warn`, one line each.
 */
export function ensureSwarmTargets(sites: readonly ResolvedSite[], env: Env, warn: (line: string) => void, twin: TwinOptions = {}): void {
  const swarmSites = sites.filter((s) => needsSwarm(s.spec.spec));
  if (!swarmSites.length) return;
  const problem = swarmModeProblem(
    swarmInfo(env),
    swarmSites.map((s) => s.name),
  );
  if (problem) throw new ExternalError(problem);
  for (const w of placementWarnings(swarmDemands(swarmSites, twin), swarmNodes(env))) warn(`aisite: warning: ${w}\n`);
}
