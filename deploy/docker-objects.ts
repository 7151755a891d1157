import { ExternalError } from '../spec/errors';
import { LABELS } from '../spec/model/docker-names';
import { engineHang } from './engine-watchdog';
import { DOCKER_TIMEOUT_MS, runDocker, runDockerAsync } from './docker-cli';
import { Env } from '../spec/env';

export interface LiveContainer {
  readonly id: string;
  readonly name: string;
  /** running, exited, created, … */
  readonly state: string;
  /** healthy, unhealthy, starting, or none (no healthcheck). */
  readonly health: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly networks: readonly string[];
  /** The engine it was found on (DOCKER_HOST), when the site spans several. @default the only one */
  readonly engine?: string;
  /** How it ended, when it is `exited` or `dead`. @default undefined (it has not ended) */
  readonly ended?: ContainerEnd;
}

/** How a container ended: its exit code, whether the kernel killed it for memory, and its memory limit. */
export interface ContainerEnd {
  readonly exitCode: number;
  readonly oomKilled: boolean;
  /** Its memory limit, bytes (0: none). */
  readonly memoryBytes: number;
}

/** Whether a container has stopped for good: aisite's containers have no restart policy, so nothing starts it again but a deploy. */
export function hasEnded(c: Pick<LiveContainer, 'state'>): boolean {
  return c.state === 'exited' || c.state === 'dead';
}

/**
 * Whether a container is up: it runs and its healthcheck passes, or it has none (the
 * containers of a programme twin, spec/model/twin-plan.ts `keepsHealthchecks`).
 */
export function isReady(c: Pick<LiveContainer, 'state' | 'health'>): boolean {
  return c.state === 'running' && (c.health === 'healthy' || c.health === 'none');
}

export interface LiveNamed {
  /** Docker's id (a network's Id; a volume's name). */
  readonly id?: string;
  readonly name: string;
  /** Its aisite labels (LABELS): the listing reads those only. */
  readonly labels: Readonly<Record<string, string>>;
}

/** One task of a swarm service (`docker inspect --type task`). */
export interface LiveTask {
  readonly id: string;
  readonly slot?: number;
  /** new, pending, assigned, …, running (healthy: Swarm waits for the healthcheck), failed, shutdown, … */
  readonly state: string;
  /** What Swarm wants: running, shutdown, … */
  readonly desiredState: string;
  /** Why the task is not running (e.g. "no suitable node (insufficient resources on 1 node)"). */
  readonly error?: string;
}

/** A Docker Swarm service and its tasks. */
export interface LiveService {
  readonly id: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Desired replicas (replicated mode). */
  readonly replicas: number;
  /** Tasks in state running whose desired state is running. */
  readonly running: number;
  readonly constraints: readonly string[];
  /** Reserved generic resources per task, as `KIND=N`. */
  readonly genericResources: readonly string[];
  readonly tasks: readonly LiveTask[];
}

export interface LiveSite {
  readonly containers: LiveContainer[];
  readonly networks: LiveNamed[];
  readonly volumes: LiveNamed[];
  /** Swarm services (none when the engine is not a swarm manager). @default none */
  readonly services?: LiveService[];
}

/** Runs the docker CLI; failures become one-line ExternalErrors. */
export function docker(args: readonly string[], env: Env = process.env, allowFail = false): string {
  const r = runDocker(args, env);
  if (r.error) throw dockerSpawnError(args, r.error as NodeJS.ErrnoException);
  if (r.status !== 0 && !allowFail) throw dockerFailure(args, r.stderr || r.stdout);
  return r.stdout;
}

/** `docker` without blocking: the same one-line errors. */
export async function dockerAsync(args: readonly string[], env: Env = process.env): Promise<string> {
  const r = await runDockerAsync(args, env);
  if (r.error) throw dockerSpawnError(args, r.error);
  if (r.status !== 0) throw dockerFailure(args, r.stderr || r.stdout);
  return r.stdout;
}

/** A failed docker CLI call as a one-line ExternalError. */
function dockerFailure(args: readonly string[], output: string): ExternalError {
  const msg = output.trim().split('\n')[0];
  if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(msg)) {
    return new ExternalError(`docker engine not answering (${msg}) — start it with \`npm run setup\` or scripts/docker-engine.sh start`);
  }
  return new ExternalError(`docker ${args[0]} failed: ${msg}`);
}

/**
 * The docker CLI could not be run, or ran past its time limit: the second is an engine
 * that stopped answering, not a missing CLI.
 */
export function dockerSpawnError(args: readonly string[], error: NodeJS.ErrnoException): ExternalError {
  if (error.code === 'ETIMEDOUT') return engineHang(args, DOCKER_TIMEOUT_MS.call);
  if (error.code === 'ENOENT') return new ExternalError('docker CLI not found — apt-get install docker.io');
  return new ExternalError(`docker CLI could not be run (${error.code ?? error.message})`);
}

/**
 * Removes one container (and its anonymous volumes) without blocking: the caller keeps
 * removals one at a time on any one network (see removeContainers).
 */
export async function removeContainer(id: string, env: Env = process.env): Promise<void> {
  await dockerAsync(['rm', '-f', '-v', id], env);
}

/**
 * Removes containers one at a time: Docker 20.10 before 20.10.27 can deadlock when
 * endpoints of several containers on one network are deleted at once (moby/moby#46661),
 * and `docker rm a b c` removes them in parallel.
 */
export function removeContainers(ids: readonly string[], env: Env = process.env): void {
  for (const id of ids) docker(['rm', '-f', '-v', id], env);
}

/** Every container, network and volume labelled for `site` (or for any aisite site). */
export function listSite(site: SiteRef | undefined, env: Env = process.env): LiveSite {
  const filter = siteFilters(site);
  const networks = labelledList(['network', 'ls', '--no-trunc', ...filter], '{{.ID}}', env);
  const volumes = labelledList(['volume', 'ls', ...filter], '{{.Name}}', env);
  return { containers: listContainers(site, env), networks: networks.sort(byName), volumes: volumes.sort(byName), services: listServices(site, env) };
}

/** The labels a network or volume listing reads: aisite's own, all that ownership and the split by site need. */
const LISTED_LABELS: readonly string[] = Object.values(LABELS);

/**
 * Networks or volumes with aisite's labels from one `ls` call with a template. `docker
 * network inspect` costs dockerd about 40 ms a network (8 s for 200), which made `status`
 * of the 201-site programme take 34 s; `ls` takes 0.1 s for all 1,087.
 */
function labelledList(args: readonly string[], id: string, env: Env): LiveNamed[] {
  const format = [id, '{{.Name}}', ...LISTED_LABELS.map((k) => `{{.Label "${k}"}}`)].join('\t');
  return docker([...args, '--format', format], env)
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [objectId, name, ...values] = line.split('\t');
      const labels: Record<string, string> = {};
      LISTED_LABELS.forEach((k, i) => {
        if (values[i]) labels[k] = values[i];
      });
      return { id: objectId, name, labels };
    });
}

/** An engine the site's objects live on, as the docker CLI reaches it (see spec/model/docker-engines.ts). */
export interface Engine {
  /** For messages and status: DOCKER_HOST or what the environment points at. */
  readonly host: string;
  readonly env: Env;
}

/**
 * The site's objects on every engine it uses, merged: the first engine is the site's own
 * (its swarm services live there); containers found on others carry their engine.
 */
export function listSiteOn(site: string, engines: readonly Engine[]): LiveSite {
  return mergeEngines(engines.map((e) => ({ host: e.host, live: listSite(site, e.env) })));
}

/**
 * Several sites' objects, each on its engines, with one listing per engine (every aisite
 * object there, split by the aisite.site label): a constant number of docker calls for
 * any number of sites, where listSiteOn per site makes seven each.
 */
export function listSitesOn(sites: ReadonlyArray<{ readonly name: string; readonly engines: readonly Engine[] }>): Map<string, LiveSite> {
  const byEngine = new Map<string, Map<string, LiveSite>>();
  const on = (e: Engine) => {
    if (!byEngine.has(e.host)) byEngine.set(e.host, splitBySite(listSite(undefined, e.env)));
    return byEngine.get(e.host)!;
  };
  const empty = (): LiveSite => ({ containers: [], networks: [], volumes: [], services: [] });
  return new Map(sites.map((s) => [s.name, mergeEngines(s.engines.map((e) => ({ host: e.host, live: on(e).get(s.name) ?? empty() })))] as const));
}

/** One listing of many sites' objects, as one listing per site (by the aisite.site label; order kept). */
export function splitBySite(live: LiveSite): Map<string, LiveSite> {
  const out = new Map<string, { containers: LiveContainer[]; networks: LiveNamed[]; volumes: LiveNamed[]; services: LiveService[] }>();
  const of = (labels: Readonly<Record<string, string>>) => {
    const site = labels[LABELS.site];
    if (site === undefined) return undefined;
    if (!out.has(site)) out.set(site, { containers: [], networks: [], volumes: [], services: [] });
    return out.get(site)!;
  };
  for (const c of live.containers) of(c.labels)?.containers.push(c);
  for (const n of live.networks) of(n.labels)?.networks.push(n);
  for (const v of live.volumes) of(v.labels)?.volumes.push(v);
  for (const x of live.services ?? []) of(x.labels)?.services.push(x);
  return out;
}

/** Listings of one site on several engines as one (see listSiteOn). */
export function mergeEngines(parts: ReadonlyArray<{ readonly host: string; readonly live: LiveSite }>): LiveSite {
  if (parts.length === 1) return parts[0].live;
  const tagged = parts.map(({ host, live }, i) => ({
    ...live,
    containers: live.containers.map((c) => ({ ...c, engine: host })),
    services: i === 0 ? live.services : [],
  }));
  return {
    containers: tagged.flatMap((p) => p.containers).sort(byName),
    networks: tagged.flatMap((p) => p.networks).sort(byName),
    volumes: tagged.flatMap((p) => p.volumes).sort(byName),
    services: tagged[0].services,
  };
}

/** The label every container of a swarm task carries: such containers belong to their service. */
const SWARM_TASK_LABEL = 'com.docker.swarm.task.id';

/** The ids `docker service ls -q` printed: none on an engine that is not a swarm manager; any other failure throws. */
function serviceIdsFrom(
  args: readonly string[],
  r: { readonly error?: Error; readonly status: number | null; readonly stdout: string; readonly stderr: string },
): string[] {
  if (r.error) throw dockerSpawnError(args, r.error as NodeJS.ErrnoException);
  if (r.status !== 0) {
    if (/not a swarm manager/i.test(r.stderr ?? '')) return [];
    throw dockerFailure(args, r.stderr || r.stdout);
  }
  return (r.stdout ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * The swarm services labelled for `site` (or for any aisite site), with their tasks,
 * sorted by name. An engine that is not a swarm manager has none.
 */
export function listServices(site: SiteRef | undefined, env: Env = process.env): LiveService[] {
  const args = ['service', 'ls', '-q', ...siteFilters(site)];
  const serviceIds = serviceIdsFrom(args, runDocker(args, env));
  if (!serviceIds.length) return [];
  const services = inspect<ServiceInspect>(['service'], serviceIds, env);
  // A service removed meanwhile makes these fail for it alone: what was found is still printed.
  const taskIds = docker(['service', 'ps', '-q', '--no-trunc', ...serviceIds], env, true)
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
  const tasks = taskIds.length ? parseJsonArray<TaskInspect>(docker(['inspect', '--type', 'task', ...taskIds], env, true)) : [];
  return services
    .map((svc): LiveService => {
      const own = tasks
        .filter((t) => t.ServiceID === svc.ID)
        .map((t): LiveTask => ({ id: t.ID, slot: t.Slot, state: t.Status.State, desiredState: t.DesiredState, error: t.Status.Err || undefined }));
      const reservations = svc.Spec.TaskTemplate.Resources?.Reservations?.GenericResources ?? [];
      return {
        id: svc.ID,
        name: svc.Spec.Name,
        labels: svc.Spec.Labels ?? {},
        replicas: svc.Spec.Mode.Replicated?.Replicas ?? 0,
        running: own.filter((t) => t.state === 'running' && t.desiredState === 'running').length,
        constraints: [...(svc.Spec.TaskTemplate.Placement?.Constraints ?? [])].sort(),
        genericResources: reservations
          .flatMap((g) =>
            g.DiscreteResourceSpec
              ? [`${g.DiscreteResourceSpec.Kind}=${g.DiscreteResourceSpec.Value}`]
              : g.NamedResourceSpec
                ? [`${g.NamedResourceSpec.Kind}=${g.NamedResourceSpec.Value}`]
                : [],
          )
          .sort(),
        tasks: own.sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0)),
      };
    })
    .sort(byName);
}

interface ServiceInspect {
  ID: string;
  Spec: {
    Name: string;
    Labels?: Record<string, string> | null;
    Mode: { Replicated?: { Replicas?: number } };
    TaskTemplate: {
      Placement?: { Constraints?: string[] | null };
      Resources?: {
        Reservations?: {
          GenericResources?: Array<{ DiscreteResourceSpec?: { Kind: string; Value: number }; NamedResourceSpec?: { Kind: string; Value: string } }> | null;
        };
      };
    };
  };
}

interface TaskInspect {
  ID: string;
  ServiceID: string;
  Slot?: number;
  DesiredState: string;
  Status: { State: string; Err?: string };
}

/**
 * Only the containers labelled for `site` (what the health wait polls), sorted by name.
 * Containers of swarm tasks are left out: Swarm owns them, their service stands for them.
 */
export function listContainers(site: SiteRef | undefined, env: Env = process.env): LiveContainer[] {
  return inspect<ContainerInspect>([], ids(['ps', '-aq', '--no-trunc', ...siteFilters(site)], env), env)
    .filter((c) => !c.Config.Labels?.[SWARM_TASK_LABEL])
    .map((c): LiveContainer => ({
      id: c.Id,
      name: c.Name.replace(/^\//, ''),
      state: c.State.Status,
      health: c.State.Health?.Status ?? 'none',
      labels: c.Config.Labels ?? {},
      networks: Object.keys(c.NetworkSettings?.Networks ?? {}).sort(),
      ...(hasEnded({ state: c.State.Status })
        ? { ended: { exitCode: c.State.ExitCode ?? 0, oomKilled: c.State.OOMKilled ?? false, memoryBytes: c.HostConfig?.Memory ?? 0 } }
        : {}),
    }))
    .sort(byName);
}

/**
 * A site's objects (its name), or only those one state owns (deploy/ownership.ts): the
 * sweep and the leftovers of a deploy never reach objects another state owns.
 */
export type SiteRef = string | { readonly site: string; readonly owner: string };

/** The site's name. */
export function siteNameOf(ref: SiteRef): string {
  return typeof ref === 'string' ? ref : ref.site;
}

/** `--filter` arguments selecting a site's objects (all of aisite's when undefined). */
function siteFilters(ref: SiteRef | undefined): string[] {
  if (ref === undefined) return ['--filter', `label=${LABELS.managedBy}=aisite`];
  const byName = ['--filter', `label=${LABELS.site}=${siteNameOf(ref)}`];
  return typeof ref === 'string' ? byName : [...byName, '--filter', `label=${LABELS.owner}=${ref.owner}`];
}

function ids(args: string[], env: Env): string[] {
  return docker(args, env)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Objects inspected per docker call at most: the argument list stays bounded for any number of sites. */
const INSPECT_CHUNK = 200;

function inspect<T>(kind: string[], list: string[], env: Env): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i += INSPECT_CHUNK) {
    for (const o of JSON.parse(docker([...kind, 'inspect', ...list.slice(i, i + INSPECT_CHUNK)], env)) as T[]) out.push(o);
  }
  return out;
}

function parseJsonArray<T>(text: string): T[] {
  const start = text.indexOf('[');
  if (start < 0) return [];
  try {
    return JSON.parse(text.slice(start)) as T[];
  } catch {
    return [];
  }
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

interface ContainerInspect {
  Id: string;
  Name: string;
  State: { Status: string; Health?: { Status: string }; ExitCode?: number; OOMKilled?: boolean };
  Config: { Labels: Record<string, string> | null };
  NetworkSettings?: { Networks?: Record<string, unknown> };
  HostConfig?: { Memory?: number };
}

/**
 * Removes swarm services, then waits until the site's task containers are gone (Swarm
 * stops them a few seconds after their service, also when Terraform removed it), at most
 * `timeoutMs`; the ones left are removed one at a time. Returns how many services were
 * removed.
 */
export function removeServices(services: readonly LiveService[], site: SiteRef, env: Env = process.env, timeoutMs: number = DOCKER_TIMEOUT_MS.call): number {
  if (services.length) docker(['service', 'rm', ...services.map((s) => s.id)], env, true);
  const taskContainers = () => ids(['ps', '-aq', '--no-trunc', ...siteFilters(site), '--filter', `label=${SWARM_TASK_LABEL}`], env);
  const deadline = Date.now() + timeoutMs;
  let left = taskContainers();
  while (left.length && Date.now() < deadline) {
    sleepMs(500);
    left = taskContainers();
  }
  removeContainers(left, env);
  return services.length;
}

/** What sweepSite removed, and what of the site it left because another state owns it. */
export interface SweepResult {
  readonly containers: number;
  readonly networks: number;
  readonly volumes: number;
  readonly services: number;
  /** The site's objects another state owns (none when `ref` is the site's name alone): left alone. */
  readonly others: LiveSite;
}

/** Splits a listing of a site by its name into the objects `ref` selects and the rest. */
function splitByOwner(all: LiveSite, ref: SiteRef): { readonly own: LiveSite; readonly others: LiveSite } {
  if (typeof ref === 'string') return { own: all, others: { containers: [], networks: [], volumes: [], services: [] } };
  const mine = (o: { readonly labels: Readonly<Record<string, string>> }) => o.labels[LABELS.owner] === ref.owner;
  const part = (want: boolean): LiveSite => ({
    containers: all.containers.filter((o) => mine(o) === want),
    networks: all.networks.filter((o) => mine(o) === want),
    volumes: all.volumes.filter((o) => mine(o) === want),
    services: (all.services ?? []).filter((o) => mine(o) === want),
  });
  return { own: part(true), others: part(false) };
}

/**
 * Removes everything labelled for `site`: swarm services first (and their tasks'
 * containers), then containers, then networks (which refuse while containers are
 * attached), then volumes. Returns what was removed, and the site's objects of other
 * owners from the same listing (destroy names them). When nothing was there to remove, it
 * does not list again to check.
 */
export function sweepSite(ref: SiteRef, env: Env = process.env): SweepResult {
  const site = siteNameOf(ref);
  const services = removeServices(listServices(ref, env), ref, env);
  const { own: live, others } = splitByOwner(listSite(site, env), ref);
  if (!services && !live.containers.length && !live.networks.length && !live.volumes.length)
    return { containers: 0, networks: 0, volumes: 0, services, others };
  removeContainers(
    live.containers.map((c) => c.id),
    env,
  );
  const phantom = new Set<string>();
  for (const n of live.networks) {
    // "has active endpoints" right after the containers went is often the engine still
    // releasing them, or an endpoint left by a container that is gone (an interrupted
    // create): force-disconnect the removed containers and every endpoint the network
    // still lists, by name, and retry a few times.
    for (let attempt = 0; attempt < 4; attempt++) {
      const r = runDocker(['network', 'rm', n.name], env);
      if (r.status === 0 || !/has active endpoints/.test(r.stderr ?? '')) {
        phantom.delete(n.name);
        break;
      }
      phantom.add(n.name);
      const listed = runDocker(['network', 'inspect', '--format', '{{range .Containers}}{{.Name}}\n{{end}}', n.name], env, DOCKER_TIMEOUT_MS.endpoints);
      const endpoints = new Set([...live.containers.map((c) => c.name), ...(listed.stdout ?? '').split('\n').filter(Boolean)]);
      for (const name of endpoints) runDocker(['network', 'disconnect', '-f', n.name, name], env, DOCKER_TIMEOUT_MS.endpoints);
      sleepMs(1000);
    }
  }
  if (live.volumes.length) docker(['volume', 'rm', '-f', ...live.volumes.map((v) => v.name)], env, true);
  const left = splitByOwner(listSite(site, env), ref).own;
  const leftServices = left.services ?? [];
  if (left.networks.length || left.containers.length || leftServices.length) {
    const names = [...leftServices.map((s) => s.name), ...left.containers.map((c) => c.name), ...left.networks.map((n) => n.name)].join(', ');
    // Docker 20.10 can lose count of a network's endpoints when containers go: the network
    // then refuses removal with no container attached until dockerd restarts.
    const bug = left.containers.length === 0 && leftServices.length === 0 && left.networks.every((n) => phantom.has(n.name));
    throw new ExternalError(
      bug
        ? `could not remove everything of ${site}: Docker says ${names} still ${left.networks.length === 1 ? 'has' : 'have'} active endpoints, but no container is attached (a Docker Engine bug, moby/moby#43286); restart dockerd, then run \`aisite destroy --site ${site}\` again`
        : `could not remove everything of ${site}: ${names} remain; run \`aisite destroy --site ${site}\` again`,
    );
  }
  return { containers: live.containers.length, networks: live.networks.length, volumes: live.volumes.length, services, others };
}

/**
 * The site's containers as id and name (swarm tasks' left out: their service stands for
 * them), from one `docker ps` that does not block: destroy removes these one at a time
 * before Terraform runs, for each of the sites it destroys side by side.
 */
export async function containerNames(ref: SiteRef, env: Env = process.env): Promise<Array<{ readonly id: string; readonly name: string }>> {
  const out = await dockerAsync(['ps', '-a', '--no-trunc', ...siteFilters(ref), '--format', `{{.ID}}\t{{.Names}}\t{{.Label "${SWARM_TASK_LABEL}"}}`], env);
  return out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .filter(([, , task]) => !task)
    .map(([id, name]) => ({ id, name }))
    .sort(byName);
}

/**
 * How many of a site's objects (containers, swarm task containers among them, networks,
 * volumes, services) `ref`'s state owns, and how many other states own: four docker calls
 * side by side that do not block. After a clean `terraform destroy` both are 0, and
 * destroy needs neither the sweep nor another listing; a set destroyed side by side
 * used to spend its time in those blocking calls (decision 38). A swarm manager's
 * services all count as `ref`'s own, so that the sweep looks at them.
 */
export async function countSiteObjects(ref: SiteRef, env: Env = process.env): Promise<{ readonly own: number; readonly others: number }> {
  const byName = siteFilters(siteNameOf(ref));
  // One line per object, its owner label after a marker (an object without one prints the marker alone).
  const owners = async (args: readonly string[]) =>
    (await dockerAsync([...args, ...byName, '--format', `-{{.Label "${LABELS.owner}"}}`], env))
      .split('\n')
      .filter((l) => l.startsWith('-'))
      .map((l) => l.slice(1).trim());
  const services = async () => {
    const args = ['service', 'ls', '-q', ...byName];
    return serviceIdsFrom(args, await runDockerAsync(args, env)).length;
  };
  const [containers, networks, volumes, serviceCount] = await Promise.all([
    owners(['ps', '-a']),
    owners(['network', 'ls']),
    owners(['volume', 'ls']),
    services(),
  ]);
  const all = [...containers, ...networks, ...volumes];
  const own = typeof ref === 'string' ? all.length : all.filter((o) => o === ref.owner).length;
  return { own: own + serviceCount, others: all.length - own };
}

/** Containers, networks and swarm services of a site that Terraform's state does not hold. */
export interface Orphans {
  readonly containers: readonly LiveContainer[];
  readonly networks: readonly LiveNamed[];
  readonly services: readonly LiveService[];
}

/**
 * The site's containers and networks whose ids are not in Terraform's state: what an
 * interrupted apply created in Docker before Terraform could record it (or what is left
 * after the state was lost). They block the next apply ("name already in use"). Volumes
 * are not listed: creating an existing volume adopts it, and it may hold data.
 */
export function findOrphans(site: SiteRef, stateIds: ReadonlySet<string>, env: Env = process.env): Orphans {
  return orphansIn(listSite(site, env), stateIds);
}

/**
 * The same from a listing already made: its objects (of one owner, when given) whose ids
 * Terraform's state does not hold. Plan lists a site once and uses the listing for both
 * ownership and leftovers.
 */
export function orphansIn(live: LiveSite, stateIds: ReadonlySet<string>, owner?: string): Orphans {
  const mine = (o: { labels: Record<string, string> }) => owner === undefined || o.labels[LABELS.owner] === owner;
  return {
    containers: live.containers.filter((c) => mine(c) && !stateIds.has(c.id)),
    networks: live.networks.filter((n) => mine(n) && n.id !== undefined && !stateIds.has(n.id)),
    services: (live.services ?? []).filter((s) => mine(s) && !stateIds.has(s.id)),
  };
}

/** Removes orphans: services and containers first, then networks (best effort: apply reports what stays). */
export function removeOrphans(orphans: Orphans, env: Env = process.env): void {
  const site = orphans.services[0]?.labels[LABELS.site];
  const owner = orphans.services[0]?.labels[LABELS.owner];
  if (site) removeServices(orphans.services, owner ? { site, owner } : site, env);
  removeContainers(
    orphans.containers.map((c) => c.id),
    env,
  );
  for (const n of orphans.networks) docker(['network', 'rm', n.id ?? n.name], env, true);
}

/** Blocks for `ms` milliseconds (the sweep is synchronous, like the docker CLI calls). */
function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
