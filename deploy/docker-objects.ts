import { spawnSync } from 'child_process';
import { ExternalError } from '../spec/errors';
import { LABELS } from '../spec/model/docker-names';
import { engineHang } from './engine-watchdog';

type Env = Readonly<Record<string, string | undefined>>;

export interface LiveContainer {
  readonly id: string;
  readonly name: string;
  /** running, exited, created, … */
  readonly state: string;
  /** healthy, unhealthy, starting, or none (no healthcheck). */
  readonly health: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly networks: readonly string[];
}

export interface LiveNamed {
  /** Docker's id (a network's Id; a volume's name). */
  readonly id?: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

export interface LiveSite {
  readonly containers: LiveContainer[];
  readonly networks: LiveNamed[];
  readonly volumes: LiveNamed[];
}

/** Runs the docker CLI; failures become one-line ExternalErrors. */
export function docker(args: readonly string[], env: Env = process.env, allowFail = false): string {
  const r = spawnSync('docker', args, { encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw dockerSpawnError(args, r.error as NodeJS.ErrnoException);
  if (r.status !== 0 && !allowFail) {
    const msg = (r.stderr || r.stdout).trim().split('\n')[0];
    if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(msg)) {
      throw new ExternalError(`docker engine not answering (${msg}) — start it with \`npm run setup\` or scripts/docker-engine.sh start`);
    }
    throw new ExternalError(`docker ${args[0]} failed: ${msg}`);
  }
  return r.stdout;
}

/**
 * The docker CLI could not be run, or ran past its time limit: the second is an engine
 * that stopped answering, not a missing CLI.
 */
export function dockerSpawnError(args: readonly string[], error: NodeJS.ErrnoException): ExternalError {
  if (error.code === 'ETIMEDOUT') return engineHang(args, 60_000);
  if (error.code === 'ENOENT') return new ExternalError('docker CLI not found — apt-get install docker.io');
  return new ExternalError(`docker CLI could not be run (${error.code ?? error.message})`);
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
export function listSite(site: string | undefined, env: Env = process.env): LiveSite {
  const filter = siteFilter(site);
  const networks = inspect<{ Id: string; Name: string; Labels: Record<string, string> | null }>(['network'], ids(['network', 'ls', '-q', '--no-trunc', '--filter', filter], env), env)
    .map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} }));
  const volumes = inspect<{ Name: string; Labels: Record<string, string> | null }>(['volume'], ids(['volume', 'ls', '-q', '--filter', filter], env), env)
    .map((v) => ({ id: v.Name, name: v.Name, labels: v.Labels ?? {} }));
  return { containers: listContainers(site, env), networks: networks.sort(byName), volumes: volumes.sort(byName) };
}

/** Only the containers labelled for `site` (what the health wait polls), sorted by name. */
export function listContainers(site: string | undefined, env: Env = process.env): LiveContainer[] {
  const filter = siteFilter(site);
  return inspect<ContainerInspect>([], ids(['ps', '-aq', '--no-trunc', '--filter', filter], env), env)
    .map((c): LiveContainer => ({
      id: c.Id,
      name: c.Name.replace(/^\//, ''),
      state: c.State.Status,
      health: c.State.Health?.Status ?? 'none',
      labels: c.Config.Labels ?? {},
      networks: Object.keys(c.NetworkSettings?.Networks ?? {}).sort(),
    }))
    .sort(byName);
}

function siteFilter(site: string | undefined): string {
  return site ? `label=${LABELS.site}=${site}` : `label=${LABELS.managedBy}=aisite`;
}

function ids(args: string[], env: Env): string[] {
  return docker(args, env).split('\n').map((s) => s.trim()).filter(Boolean);
}

function inspect<T>(kind: string[], list: string[], env: Env): T[] {
  return list.length ? (JSON.parse(docker([...kind, 'inspect', ...list], env)) as T[]) : [];
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

interface ContainerInspect {
  Id: string;
  Name: string;
  State: { Status: string; Health?: { Status: string } };
  Config: { Labels: Record<string, string> | null };
  NetworkSettings?: { Networks?: Record<string, unknown> };
}

/**
 * Removes everything labelled for `site`: containers first, then networks (which refuse
 * while containers are attached), then volumes. Returns what was removed.
 */
export function sweepSite(site: string, env: Env = process.env): { containers: number; networks: number; volumes: number } {
  const live = listSite(site, env);
  removeContainers(live.containers.map((c) => c.id), env);
  const phantom = new Set<string>();
  for (const n of live.networks) {
    // "has active endpoints" right after the containers went is often the engine still
    // releasing them, or an endpoint left by a container that is gone (an interrupted
    // create): force-disconnect the removed containers and every endpoint the network
    // still lists, by name, and retry a few times.
    for (let attempt = 0; attempt < 4; attempt++) {
      const r = spawnSync('docker', ['network', 'rm', n.name], { encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 60_000 });
      if (r.status === 0 || !/has active endpoints/.test(r.stderr ?? '')) {
        phantom.delete(n.name);
        break;
      }
      phantom.add(n.name);
      const listed = spawnSync('docker', ['network', 'inspect', '--format', '{{range .Containers}}{{.Name}}\n{{end}}', n.name], { encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 30_000 });
      const endpoints = new Set([...live.containers.map((c) => c.name), ...(listed.stdout ?? '').split('\n').filter(Boolean)]);
      for (const name of endpoints) spawnSync('docker', ['network', 'disconnect', '-f', n.name, name], { env: env as NodeJS.ProcessEnv, timeout: 30_000 });
      sleepMs(1000);
    }
  }
  if (live.volumes.length) docker(['volume', 'rm', '-f', ...live.volumes.map((v) => v.name)], env, true);
  const left = listSite(site, env);
  if (left.networks.length || left.containers.length) {
    const names = [...left.containers.map((c) => c.name), ...left.networks.map((n) => n.name)].join(', ');
    // Docker 20.10 can lose count of a network's endpoints when containers go: the network
    // then refuses removal with no container attached until dockerd restarts.
    const bug = left.containers.length === 0 && left.networks.every((n) => phantom.has(n.name));
    throw new ExternalError(
      bug
        ? `could not remove everything of ${site}: Docker says ${names} still ${left.networks.length === 1 ? 'has' : 'have'} active endpoints, but no container is attached (a Docker Engine bug, moby/moby#43286); restart dockerd, then run \`aisite destroy --site ${site}\` again`
        : `could not remove everything of ${site}: ${names} remain; run \`aisite destroy --site ${site}\` again`,
    );
  }
  return { containers: live.containers.length, networks: live.networks.length, volumes: live.volumes.length };
}

/** Containers and networks of a site that Terraform's state does not hold. */
export interface Orphans {
  readonly containers: readonly LiveContainer[];
  readonly networks: readonly LiveNamed[];
}

/**
 * The site's containers and networks whose ids are not in Terraform's state: what an
 * interrupted apply created in Docker before Terraform could record it (or what is left
 * after the state was lost). They block the next apply ("name already in use"). Volumes
 * are not listed: creating an existing volume adopts it, and it may hold data.
 */
export function findOrphans(site: string, stateIds: ReadonlySet<string>, env: Env = process.env): Orphans {
  const live = listSite(site, env);
  return {
    containers: live.containers.filter((c) => !stateIds.has(c.id)),
    networks: live.networks.filter((n) => n.id !== undefined && !stateIds.has(n.id)),
  };
}

/** Removes orphans: containers first, then networks (best effort: apply reports what stays). */
export function removeOrphans(orphans: Orphans, env: Env = process.env): void {
  removeContainers(orphans.containers.map((c) => c.id), env);
  for (const n of orphans.networks) docker(['network', 'rm', n.id ?? n.name], env, true);
}

/** Blocks for `ms` milliseconds (the sweep is synchronous, like the docker CLI calls). */
function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
