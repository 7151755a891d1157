import { LABELS } from '../spec/model/docker-names';
import { ExpectedSite } from './expected-site';
import { isReady, LiveService, LiveSite } from './docker-objects';

export interface GroupStatus {
  readonly cabinet: string;
  readonly nodeGroup: string;
  readonly expected: number;
  readonly running: number;
  readonly healthy: number;
  /** The swarm service standing for the group (its tasks are counted), when it has one. */
  readonly service?: string;
}

/** A swarm service: replicas wanted by the spec (or by the service without one) and tasks running. */
export interface ServiceStatus {
  readonly name: string;
  readonly cabinet: string;
  readonly nodeGroup: string;
  /** Replicas the spec asks for; without a spec, the service's own. */
  readonly desired: number;
  /** Tasks running (healthy: Swarm waits for the healthcheck). */
  readonly running: number;
  /** Placement constraints and generic resource reservations per task, as deployed. */
  readonly constraints: readonly string[];
  readonly genericResources: readonly string[];
  /** The newest task error, when tasks are not running. */
  readonly error?: string;
}

export interface SiteStatus {
  readonly site: string;
  /** True when nothing is missing, extra or unhealthy. */
  readonly inSync: boolean;
  /** Whether the spec was known (else only live objects are listed). */
  readonly withSpec: boolean;
  readonly groups: readonly GroupStatus[];
  readonly containers: { readonly expected: number; readonly live: number; readonly healthy: number };
  /** Swarm services (node groups of swarm-target pools). */
  readonly services: readonly ServiceStatus[];
  readonly networks: readonly string[];
  /** Containers per engine, when the site spans several (cabinets with a dockerHost of their own). @default one engine */
  readonly engines?: ReadonlyArray<{ readonly host: string; readonly containers: number; readonly healthy: number }>;
  readonly drift: {
    readonly missing: readonly string[];
    readonly extra: readonly string[];
    readonly unhealthy: ReadonlyArray<{ readonly name: string; readonly state: string; readonly health: string }>;
    /** Services running fewer tasks than desired, or scaled away from the spec. */
    readonly replicas: ReadonlyArray<{ readonly name: string; readonly desired: number; readonly running: number; readonly error?: string }>;
  };
}

/** Compares the live site with what the spec says it should be. */
export function compareSite(live: LiveSite, expected: ExpectedSite | undefined, site: string, engineHosts: readonly string[] = []): SiteStatus {
  const groups = new Map<string, { cabinet: string; nodeGroup: string; expected: number; running: number; healthy: number; service?: string }>();
  const key = (cab: string, ng: string) => `${cab}/${ng}`;
  for (const e of expected?.containers ?? []) {
    if (e.role !== 'node') continue;
    const g = groups.get(key(e.cabinet!, e.nodeGroup!)) ?? { cabinet: e.cabinet!, nodeGroup: e.nodeGroup!, expected: 0, running: 0, healthy: 0 };
    g.expected++;
    groups.set(key(e.cabinet!, e.nodeGroup!), g);
  }
  for (const c of live.containers) {
    if (c.labels[LABELS.role] !== 'node') continue;
    const k = key(c.labels[LABELS.cabinet] ?? '?', c.labels[LABELS.nodeGroup] ?? '?');
    const g = groups.get(k) ?? { cabinet: c.labels[LABELS.cabinet] ?? '?', nodeGroup: c.labels[LABELS.nodeGroup] ?? '?', expected: 0, running: 0, healthy: 0 };
    if (c.state === 'running') g.running++;
    if (isReady(c)) g.healthy++;
    groups.set(k, g);
  }
  const liveServices = new Map((live.services ?? []).map((s) => [s.name, s]));
  const services: ServiceStatus[] = [];
  const seen = new Set<string>();
  for (const e of expected?.services ?? []) {
    const s = liveServices.get(e.name);
    seen.add(e.name);
    const running = s?.running ?? 0;
    groups.set(key(e.cabinet, e.nodeGroup), { cabinet: e.cabinet, nodeGroup: e.nodeGroup, expected: e.replicas, running, healthy: running, service: e.name });
    if (s) services.push(serviceStatus(s, e.replicas));
  }
  for (const s of liveServices.values()) {
    if (seen.has(s.name)) continue;
    services.push(serviceStatus(s, s.replicas));
    if (expected) continue; // an extra service: drift, not a group of the spec
    const cabinet = s.labels[LABELS.cabinet] ?? '?';
    const nodeGroup = s.labels[LABELS.nodeGroup] ?? '?';
    groups.set(key(cabinet, nodeGroup), { cabinet, nodeGroup, expected: 0, running: s.running, healthy: s.running, service: s.name });
  }
  const replicas = services
    .filter((s) => s.running < s.desired || (liveServices.get(s.name)?.replicas ?? s.desired) !== s.desired)
    .map((s) => ({ name: s.name, desired: s.desired, running: s.running, ...(s.error ? { error: s.error } : {}) }));
  // Compared by kind and name: a tenant's gateway container and its network share a name,
  // so a removed gateway must not be found as its network.
  const objectKey = (kind: string, name: string) => `${kind}\u0000${name}`;
  const nameOf = (k: string) => k.slice(k.indexOf('\u0000') + 1);
  const expectedKeys = new Set([
    ...(expected?.containers ?? []).map((c) => objectKey('container', c.name)),
    ...(expected?.services ?? []).map((x) => objectKey('service', x.name)),
    ...(expected?.networks ?? []).map((n) => objectKey('network', n)),
    ...(expected?.volumes ?? []).map((v) => objectKey('volume', v)),
  ]);
  const liveKeys = new Set([
    ...live.containers.map((c) => objectKey('container', c.name)),
    ...[...liveServices.keys()].map((n) => objectKey('service', n)),
    ...live.networks.map((n) => objectKey('network', n.name)),
    ...live.volumes.map((v) => objectKey('volume', v.name)),
  ]);
  const missing = expected
    ? [...expectedKeys]
        .filter((k) => !liveKeys.has(k))
        .map(nameOf)
        .sort()
    : [];
  const extra = expected
    ? [...liveKeys]
        .filter((k) => !expectedKeys.has(k))
        .map(nameOf)
        .sort()
    : [];
  const unhealthy = live.containers.filter((c) => !isReady(c)).map((c) => ({ name: c.name, state: c.state, health: c.health }));
  return {
    site,
    withSpec: expected !== undefined,
    inSync:
      missing.length === 0 && extra.length === 0 && unhealthy.length === 0 && replicas.length === 0 && (expected !== undefined || live.containers.length > 0),
    groups: [...groups.values()],
    containers: { expected: expected?.containers.length ?? 0, live: live.containers.length, healthy: live.containers.filter(isReady).length },
    services,
    networks: [...new Set(live.networks.map((n) => n.name))],
    ...(engineHosts.length > 1
      ? {
          engines: engineHosts.map((host) => {
            const on = live.containers.filter((c) => (c.engine ?? engineHosts[0]) === host);
            return { host, containers: on.length, healthy: on.filter(isReady).length };
          }),
        }
      : {}),
    drift: { missing, extra, unhealthy, replicas },
  };
}

function serviceStatus(s: LiveService, desired: number): ServiceStatus {
  const error = s.running < desired ? [...s.tasks].reverse().find((t) => t.error)?.error : undefined;
  return {
    name: s.name,
    cabinet: s.labels[LABELS.cabinet] ?? '?',
    nodeGroup: s.labels[LABELS.nodeGroup] ?? '?',
    desired,
    running: s.running,
    constraints: s.constraints,
    genericResources: s.genericResources,
    ...(error ? { error } : {}),
  };
}
