import { spawn } from 'child_process';
import { docker } from '../deploy/docker-objects';
import { LABELS } from '../spec/model/docker-names';
import { Env } from '../spec/env';

/**
 * The floor of a deploy: the same Docker objects aisite creates for a site, made directly
 * with the docker CLI. The plan is copied from a site aisite has deployed (docker inspect),
 * so it mirrors it exactly: names, subnets, internal flags, bridge options, labels, env,
 * hostname, network aliases, volume mounts, and every hardening setting (cap-drop,
 * read-only root, no-new-privileges, tmpfs, user, memory, swap, CPUs, PIDs limit, log
 * options). The healthcheck is the node image's own, as for aisite, or none where aisite
 * turned it off.
 */
export interface FloorPlan {
  readonly site: string;
  readonly networks: readonly FloorNetwork[];
  readonly volumes: readonly FloorVolume[];
  readonly containers: readonly FloorContainer[];
}

interface FloorNetwork {
  readonly name: string;
  readonly args: readonly string[];
}

interface FloorVolume {
  readonly name: string;
  readonly args: readonly string[];
}

interface FloorContainer {
  readonly name: string;
  /** `docker create` arguments, with the first network. */
  readonly create: readonly string[];
  /** `docker network connect` arguments for each further network. */
  readonly connect: ReadonlyArray<readonly string[]>;
}

interface InspectedNetwork {
  Name: string;
  Internal: boolean;
  Options: Record<string, string> | null;
  Labels: Record<string, string> | null;
  IPAM: { Config: Array<{ Subnet?: string; Gateway?: string }> | null };
}

interface InspectedContainer {
  Name: string;
  Image: string;
  Config: {
    Hostname: string;
    Env: string[] | null;
    Labels: Record<string, string> | null;
    User: string;
    /** `["NONE"]` where the image's healthcheck is turned off (programme fidelity). */
    Healthcheck?: { Test?: string[] | null } | null;
  };
  HostConfig: {
    CapDrop: string[] | null;
    ReadonlyRootfs: boolean;
    SecurityOpt: string[] | null;
    Tmpfs: Record<string, string> | null;
    Memory: number;
    MemorySwap: number;
    NanoCpus: number;
    PidsLimit: number | null;
    LogConfig: { Type: string; Config: Record<string, string> | null };
    Privileged: boolean;
    RestartPolicy: { Name: string };
  };
  Mounts: Array<{ Type: string; Name?: string; Destination: string }>;
  NetworkSettings: { Networks: Record<string, { Aliases: string[] | null }> };
}

function labelArgs(labels: Record<string, string> | null, rename: (s: string) => string): string[] {
  return Object.entries(labels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([k, v]) => ['--label', `${k}=${rename(v)}`]);
}

function ids(filterSite: string, kind: 'ps' | 'network' | 'volume', env: Env): string[] {
  const args = kind === 'ps' ? ['ps', '-aq', '--no-trunc'] : [kind, 'ls', '-q'];
  return docker([...args, '--filter', `label=${LABELS.site}=${filterSite}`], env)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The floor plan of a deployed site, under another site name (`as`): every name, label
 * and env value that holds the site's name gets the new one.
 */
export function captureFloor(site: string, as: string, env: Env = process.env): FloorPlan {
  const rename = (s: string): string => s.split(site).join(as);
  const netIds = ids(site, 'network', env);
  const nets = netIds.length ? (JSON.parse(docker(['network', 'inspect', ...netIds], env)) as InspectedNetwork[]) : [];
  const networks = nets.map((n) => ({
    name: rename(n.Name),
    args: [
      ...(n.Internal ? ['--internal'] : []),
      ...(n.IPAM.Config ?? []).flatMap((c) => [...(c.Subnet ? ['--subnet', c.Subnet] : []), ...(c.Gateway ? ['--gateway', c.Gateway] : [])]),
      ...Object.entries(n.Options ?? {}).flatMap(([k, v]) => ['--opt', `${k}=${rename(v)}`]),
      ...labelArgs(n.Labels, rename),
      rename(n.Name),
    ],
  }));
  const volNames = ids(site, 'volume', env);
  const vols = volNames.length
    ? (JSON.parse(docker(['volume', 'inspect', ...volNames], env)) as Array<{ Name: string; Labels: Record<string, string> | null }>)
    : [];
  const volumes = vols.map((v) => ({ name: rename(v.Name), args: [...labelArgs(v.Labels, rename), rename(v.Name)] }));
  const ctrIds = ids(site, 'ps', env);
  const ctrs = ctrIds.length ? (JSON.parse(docker(['inspect', ...ctrIds], env)) as InspectedContainer[]) : [];
  const containers = ctrs.map((c) => {
    const name = rename(c.Name.replace(/^\//, ''));
    const h = c.HostConfig;
    const nets = Object.entries(c.NetworkSettings.Networks).map(([net, s]) => ({
      net: rename(net),
      // Docker adds the container's short id as an alias; only the declared ones are copied.
      aliases: (s.Aliases ?? []).filter((a) => !/^[0-9a-f]{12}$/.test(a)),
    }));
    const alias = (flag: string, a: readonly string[]) => a.flatMap((x) => [flag, x]);
    const create = [
      'create',
      '--name',
      name,
      '--hostname',
      c.Config.Hostname,
      ...(h.Privileged ? ['--privileged'] : []),
      ...(h.CapDrop ?? []).flatMap((x) => ['--cap-drop', x]),
      ...(h.ReadonlyRootfs ? ['--read-only'] : []),
      ...(h.SecurityOpt ?? []).flatMap((x) => ['--security-opt', x]),
      ...Object.entries(h.Tmpfs ?? {}).flatMap(([p, o]) => ['--tmpfs', o ? `${p}:${o}` : p]),
      ...(c.Config.User ? ['--user', c.Config.User] : []),
      ...(c.Config.Healthcheck?.Test?.[0] === 'NONE' ? ['--no-healthcheck'] : []),
      ...(h.Memory ? ['--memory', String(h.Memory)] : []),
      ...(h.MemorySwap ? ['--memory-swap', String(h.MemorySwap)] : []),
      ...(h.NanoCpus ? ['--cpus', String(h.NanoCpus / 1e9)] : []),
      ...(h.PidsLimit ? ['--pids-limit', String(h.PidsLimit)] : []),
      '--log-driver',
      h.LogConfig.Type,
      ...Object.entries(h.LogConfig.Config ?? {}).flatMap(([k, v]) => ['--log-opt', `${k}=${v}`]),
      ...(h.RestartPolicy.Name && h.RestartPolicy.Name !== 'no' ? ['--restart', h.RestartPolicy.Name] : []),
      ...(c.Config.Env ?? []).filter((e) => !e.startsWith('PATH=')).flatMap((e) => ['--env', rename(e)]),
      ...labelArgs(c.Config.Labels, rename),
      ...c.Mounts.filter((m) => m.Type === 'volume' && m.Name).flatMap((m) => ['--mount', `type=volume,source=${rename(m.Name!)},target=${m.Destination}`]),
      ...(nets.length ? ['--network', nets[0].net, ...alias('--network-alias', nets[0].aliases)] : []),
      c.Image,
    ];
    const connect = nets.slice(1).map((n) => ['network', 'connect', ...alias('--alias', n.aliases), n.net, name]);
    return { name, create, connect };
  });
  return { site: as, networks, volumes, containers };
}

/** Runs the docker CLI without blocking the event loop, so independent calls overlap. */
function dockerAsync(args: readonly string[], env: Env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`docker ${args.slice(0, 3).join(' ')} failed: ${err.trim().split('\n')[0]}`))));
  });
}

/** How often the floor looks at the containers' health: as often as is useful. */
export const FLOOR_POLL_MS = 100;

/**
 * Creates the plan's objects as a lean script would: networks and volumes at once, then
 * every container at once (create, connect its other networks, start; Terraform's
 * default parallelism is 10), then waits until all report healthy. Returns milliseconds.
 */
export async function deployFloor(plan: FloorPlan, env: Env = process.env, timeoutMs = 120_000): Promise<number> {
  const t0 = performance.now();
  await Promise.all([
    ...plan.networks.map((n) => dockerAsync(['network', 'create', ...n.args], env)),
    ...plan.volumes.map((v) => dockerAsync(['volume', 'create', ...v.args], env)),
  ]);
  await Promise.all(
    plan.containers.map(async (c) => {
      await dockerAsync(c.create, env);
      for (const args of c.connect) await dockerAsync(args, env);
      await dockerAsync(['start', c.name], env);
    }),
  );
  const names = plan.containers.map((c) => c.name);
  // A container without a healthcheck (programme fidelity) is ready once running, as for aisite.
  const state = '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}';
  for (;;) {
    const health = (await dockerAsync(['inspect', '--format', state, ...names], env)).split('\n').filter(Boolean);
    if (health.length === names.length && health.every((h) => h === 'healthy' || h === 'running')) return performance.now() - t0;
    if (performance.now() - t0 > timeoutMs) throw new Error(`floor ${plan.site}: not healthy after ${timeoutMs / 1000}s: ${health.join(', ')}`);
    await new Promise((r) => setTimeout(r, FLOOR_POLL_MS));
  }
}

/**
 * Removes the floor's objects: containers one at a time (`docker rm -f`, as aisite must
 * on Docker 20.10), then all networks in one call and all volumes in one call. Also the
 * clean-up after a failed run: it finds the objects by their site label. Returns ms.
 */
export async function destroyFloor(site: string, env: Env = process.env): Promise<number> {
  const t0 = performance.now();
  for (const id of ids(site, 'ps', env)) await dockerAsync(['rm', '-f', id], env);
  const nets = ids(site, 'network', env);
  const vols = ids(site, 'volume', env);
  await Promise.all([
    ...(nets.length ? [dockerAsync(['network', 'rm', ...nets], env)] : []),
    ...(vols.length ? [dockerAsync(['volume', 'rm', ...vols], env)] : []),
  ]);
  return performance.now() - t0;
}
