import { spawnSync } from 'child_process';
import { ExternalError } from '../spec/errors';
import { LABELS } from '../spec/model/docker-names';

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
  if (r.error) throw new ExternalError(`docker CLI not found — apt-get install docker.io (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`);
  if (r.status !== 0 && !allowFail) {
    const msg = (r.stderr || r.stdout).trim().split('\n')[0];
    if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect/i.test(msg)) {
      throw new ExternalError(`docker engine not answering (${msg}) — start it with \`npm run setup\` or scripts/docker-engine.sh start`);
    }
    throw new ExternalError(`docker ${args[0]} failed: ${msg}`);
  }
  return r.stdout;
}

/** Every container, network and volume labelled for `site` (or for any aisite site). */
export function listSite(site: string | undefined, env: Env = process.env): LiveSite {
  const filter = site ? `label=${LABELS.site}=${site}` : `label=${LABELS.managedBy}=aisite`;
  const ids = (args: string[]) => docker(args, env).split('\n').map((s) => s.trim()).filter(Boolean);
  const containerIds = ids(['ps', '-aq', '--no-trunc', '--filter', filter]);
  const networkIds = ids(['network', 'ls', '-q', '--no-trunc', '--filter', filter]);
  const volumeNames = ids(['volume', 'ls', '-q', '--filter', filter]);
  const inspect = <T>(kind: string[], list: string[]): T[] => (list.length ? (JSON.parse(docker([...kind, 'inspect', ...list], env)) as T[]) : []);
  const containers = inspect<ContainerInspect>([], containerIds).map((c): LiveContainer => ({
    id: c.Id,
    name: c.Name.replace(/^\//, ''),
    state: c.State.Status,
    health: c.State.Health?.Status ?? 'none',
    labels: c.Config.Labels ?? {},
    networks: Object.keys(c.NetworkSettings?.Networks ?? {}).sort(),
  }));
  const networks = inspect<{ Name: string; Labels: Record<string, string> | null }>(['network'], networkIds).map((n) => ({ name: n.Name, labels: n.Labels ?? {} }));
  const volumes = inspect<{ Name: string; Labels: Record<string, string> | null }>(['volume'], volumeNames).map((v) => ({ name: v.Name, labels: v.Labels ?? {} }));
  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { containers: containers.sort(byName), networks: networks.sort(byName), volumes: volumes.sort(byName) };
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
  if (live.containers.length) docker(['rm', '-f', '-v', ...live.containers.map((c) => c.id)], env);
  for (const n of live.networks) docker(['network', 'rm', n.name], env, true);
  if (live.volumes.length) docker(['volume', 'rm', '-f', ...live.volumes.map((v) => v.name)], env, true);
  const left = listSite(site, env);
  if (left.networks.length || left.containers.length) {
    throw new ExternalError(`could not remove everything of ${site}: ${[...left.containers.map((c) => c.name), ...left.networks.map((n) => n.name)].join(', ')} remain; run \`aisite destroy --site ${site}\` again`);
  }
  return { containers: live.containers.length, networks: live.networks.length, volumes: live.volumes.length };
}
