/**
 * The environment of the deploy integration tests: a real Docker engine, real Terraform
 * and the provider mirror. Each test file gets a temporary workspace (output folder and
 * state inside it, so the repo's cdktf.out and .aisite are never touched), runs the CLI
 * in-process (or as a real process where one is needed) and removes every site it
 * deployed: `aisite destroy --site NAME`, then a sweep by the site's label.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { bufferedContext } from '../../cli/context';
import { runCli } from '../../cli/main';
import { DEPLOY, Dependency, describeGated } from './gates';

export const REPO = path.resolve(__dirname, '..', '..');
export const EXAMPLES = path.join(REPO, 'examples');
/** Per test: a deploy takes about 10 s here, a national twin about 20 s. */
export const INTEGRATION_TIMEOUT = 180_000;

type Env = Record<string, string | undefined>;

/**
 * `describe` for tests that deploy for real: gated (test/helpers/gates.ts) on a Docker
 * engine, a static busybox, Terraform and the provider mirror, plus `more` (PostgreSQL, a
 * private dockerd, …). When they can run, sites that earlier killed runs left are swept first.
 */
export function describeDeploy(name: string, more: readonly Dependency[], fn: () => void): void {
  describeGated(name, [...DEPLOY, ...more], () => {
    beforeAll(() => {
      const swept = sweepStaleTestSites();
      if (swept.length) console.warn(`swept sites that earlier test runs left behind: ${swept.join(', ')}`);
    });
    fn();
  });
}

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The site's objects by label, straight from the docker CLI (not through aisite). */
export interface LabelledObjects {
  readonly containers: string[];
  readonly networks: string[];
  readonly volumes: string[];
}

/** Runs the docker CLI; throws with its stderr on failure. */
export function docker(args: readonly string[]): string {
  const r = spawnSync('docker', args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  // The words aisite uses too; .ci/run restarts a hung engine when it sees them.
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
    throw new Error(`docker engine stopped answering: docker ${args.join(' ')} gave no answer within 60 s`);
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** Every container, network and volume labelled aisite.site=<site>. */
export function labelled(site: string): LabelledObjects {
  const filter = `label=aisite.site=${site}`;
  const list = (args: string[]) =>
    docker([...args, '--filter', filter])
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean)
      .sort();
  return {
    containers: list(['ps', '-a', '--format', '{{.Names}}']),
    networks: list(['network', 'ls', '--format', '{{.Name}}']),
    volumes: list(['volume', 'ls', '--format', '{{.Name}}']),
  };
}

/**
 * Removes whatever carries the site's label (containers, then networks, then volumes).
 * Containers one at a time, as aisite does: Docker 20.10 can deadlock, or keep phantom
 * endpoints, when several leave a network at once (docs/docker-engine.md).
 */
export function sweepLabel(site: string): void {
  const left = labelled(site);
  for (const c of left.containers) spawnSync('docker', ['rm', '-f', '-v', c], { stdio: 'ignore' });
  for (const n of left.networks) spawnSync('docker', ['network', 'rm', n], { stdio: 'ignore' });
  if (left.volumes.length) spawnSync('docker', ['volume', 'rm', '-f', ...left.volumes], { stdio: 'ignore' });
}

/** `docker inspect` of containers, parsed. */
export function inspect<T = ContainerInspect>(names: readonly string[], kind: 'container' | 'network' | 'volume' = 'container'): T[] {
  if (!names.length) return [];
  return JSON.parse(docker(kind === 'container' ? ['inspect', ...names] : [kind, 'inspect', ...names])) as T[];
}

export interface ContainerInspect {
  Name: string;
  State: { Status: string; Running: boolean; Health?: { Status: string } };
  Config: { User: string; Labels: Record<string, string> | null };
  HostConfig: {
    Privileged: boolean;
    CapDrop: string[] | null;
    ReadonlyRootfs: boolean;
    SecurityOpt: string[] | null;
    Memory: number;
    NanoCpus: number;
    NetworkMode: string;
  };
  NetworkSettings: { Networks: Record<string, { IPAddress: string; Gateway: string }> };
}

export interface NetworkInspect {
  Name: string;
  Internal: boolean;
  IPAM: { Config: Array<{ Subnet?: string; Gateway?: string }> | null };
  Labels: Record<string, string> | null;
  /** Attached containers by id. */
  Containers?: Record<string, { Name: string; IPv4Address: string }>;
}

/** Runs busybox inside a container (the node image has nothing else). */
export function busybox(container: string, args: readonly string[], timeoutMs = 20_000): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('docker', ['exec', container, '/bin/busybox', ...args], { encoding: 'utf8', timeout: timeoutMs });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * The IPv4 address `name` resolves to inside `container` (Docker's DNS), or undefined.
 * busybox nslookup, because the static busybox's wget crashes resolving names itself.
 */
export function lookup(container: string, name: string): string | undefined {
  const r = busybox(container, ['nslookup', name]);
  if (r.code !== 0) return undefined;
  return /Name:\s*\S+\s*\nAddress:\s*(\d+\.\d+\.\d+\.\d+)/.exec(r.stdout)?.[1];
}

/**
 * GET http://<ip>:8080<urlPath> from inside `container`, giving up after `seconds`
 * (busybox timeout: the static busybox's `wget -T` crashes with SIGSEGV).
 */
export function httpGet(container: string, ip: string, urlPath: string, seconds = 3): { ok: boolean; body: string; code: number | null } {
  const r = busybox(container, ['timeout', String(seconds), '/bin/busybox', 'wget', '-q', '-O-', `http://${ip}:8080${urlPath}`], (seconds + 15) * 1000);
  return { ok: r.code === 0, body: r.stdout, code: r.code };
}

/** The routes of a container (/proc/net/route): destination, gateway, interface. */
export function routes(container: string): Array<{ iface: string; destination: string; gateway: string; mask: string }> {
  const r = busybox(container, ['cat', '/proc/net/route']);
  if (r.code !== 0) throw new Error(`cannot read /proc/net/route in ${container}: ${r.stderr}`);
  const ip = (hex: string) => [0, 1, 2, 3].map((i) => parseInt(hex.slice(6 - 2 * i, 8 - 2 * i), 16)).join('.');
  return r.stdout
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 8)
    .map((f) => ({ iface: f[0], destination: ip(f[1]), gateway: ip(f[2]), mask: ip(f[7]) }));
}

/** A short id for this test run: site names carry it, so runs on one engine never collide. */
export const RUN_ID = `${process.pid.toString(36)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`.slice(-5);

/** Name prefix of every site the integration tests deploy. */
export const TEST_SITE_PREFIX = 'aisite-it-';

/** A site name for this run: `aisite-it-<role>-<run id>`. */
export function testSiteName(role: string): string {
  return `${TEST_SITE_PREFIX}${role}-${RUN_ID}`;
}

const claimed = new Set<number>();

/**
 * A second octet N such that nothing on this engine or host uses 10.N.0.0/16 (Docker
 * networks, host routes), so a copied site's subnets never overlap anything — including
 * networks that Docker 20.10 sometimes cannot remove ("has active endpoints").
 */
export function freeSecondOctet(): number {
  const used = new Set<number>(claimed);
  const mark = (cidr: string) => {
    const m = /^10\.(\d+)\.\d+\.\d+\/(\d+)$/.exec(cidr);
    if (!m) return;
    const span = Number(m[2]) >= 16 ? 1 : 2 ** (16 - Number(m[2]));
    for (let i = 0; i < span; i++) used.add(Number(m[1]) + i);
  };
  const ids = docker(['network', 'ls', '-q']).split('\n').filter(Boolean);
  for (const n of inspect<NetworkInspect>(ids, 'network')) for (const c of n.IPAM.Config ?? []) if (c.Subnet) mark(c.Subnet);
  try {
    for (const line of fs.readFileSync('/proc/net/route', 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 8 || f[1] === '00000000') continue;
      const ip = (hex: string) => [0, 1, 2, 3].map((i) => parseInt(hex.slice(6 - 2 * i, 8 - 2 * i), 16));
      const dest = ip(f[1]);
      const bits = ip(f[7]).reduce((a, o) => a + o.toString(2).split('1').length - 1, 0);
      if (dest[0] === 10) mark(`10.${dest[1]}.${dest[2]}.${dest[3]}/${bits}`);
    }
  } catch {
    // no /proc: Docker's networks are what matters
  }
  const free = Array.from({ length: 55 }, (_, i) => 200 + i).filter((o) => !used.has(o));
  if (!free.length) throw new Error('no free 10.N.0.0/16 (N in 200–254) for the test sites on this engine');
  const pick = free[Math.floor(Math.random() * free.length)];
  claimed.add(pick);
  return pick;
}

/**
 * Sweeps sites of earlier test runs (aisite-it-*) whose objects are all older than
 * `maxAgeMs`: what a killed Jest left behind. Recent ones may belong to a run in progress.
 */
export function sweepStaleTestSites(maxAgeMs = 30 * 60_000): string[] {
  const newest = new Map<string, number>();
  const note = (labels: Record<string, string> | null | undefined, created: string | undefined) => {
    const site = labels?.['aisite.site'];
    if (!site?.startsWith(TEST_SITE_PREFIX)) return;
    newest.set(site, Math.max(newest.get(site) ?? 0, created ? Date.parse(created) || Date.now() : Date.now()));
  };
  const filter = ['--filter', 'label=aisite.managed-by=aisite'];
  const ids = (args: string[]) =>
    docker([...args, ...filter])
      .split('\n')
      .filter(Boolean);
  for (const c of inspect<{ Created: string; Config: { Labels: Record<string, string> | null } }>(ids(['ps', '-aq']))) note(c.Config.Labels, c.Created);
  for (const n of inspect<{ Created: string; Labels: Record<string, string> | null }>(ids(['network', 'ls', '-q']), 'network')) note(n.Labels, n.Created);
  for (const v of inspect<{ CreatedAt: string; Labels: Record<string, string> | null }>(ids(['volume', 'ls', '-q']), 'volume')) note(v.Labels, v.CreatedAt);
  const stale = [...newest].filter(([, t]) => Date.now() - t > maxAgeMs).map(([site]) => site);
  stale.forEach(sweepLabel);
  return stale;
}

/** A copied example: its file and where its fabrics are. */
export interface SiteCopy {
  readonly file: string;
  readonly name: string;
  /** Fabric name → subnet in the copy. */
  readonly subnets: Readonly<Record<string, string>>;
  /** The copy's spec.twin.addressPool. */
  readonly addressPool: string;
}

/** A temporary workspace with its own output folder and state, and the sites deployed from it. */
export class DeployEnv {
  readonly dir: string;
  readonly out: string;
  readonly stateDir: string;
  /** Tracked sites, with their spec file when the workspace wrote one. */
  private readonly sites = new Map<string, string | undefined>();

  constructor(prefix: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `aisite-${prefix}-`));
    this.out = path.join(this.dir, 'cdktf.out');
    this.stateDir = path.join(this.dir, 'state');
  }

  /**
   * Copies an example into the workspace as site `aisite-it-<role>-<run id>`, its fabric
   * subnets 10.X.… renumbered into a free 10.N.0.0/16, so copies never overlap anything;
   * its twin networks get their subnets from 10.N.128.0/17 (spec.twin.addressPool, unless
   * `edit` sets one), so runs side by side on one engine never collide there either.
   */
  site(example: string, role: string, edit?: (doc: ReturnType<typeof parseDocument>) => void): SiteCopy {
    const name = testSiteName(role);
    const octet = freeSecondOctet();
    const doc = parseDocument(fs.readFileSync(path.join(EXAMPLES, example), 'utf8'));
    doc.setIn(['metadata', 'name'], name);
    doc.setIn(['spec', 'twin', 'addressPool'], `10.${octet}.128.0/17`);
    edit?.(doc);
    const subnets: Record<string, string> = {};
    const fabrics = doc.getIn(['spec', 'fabrics']) as YAMLSeq<YAMLMap> | undefined;
    for (const f of fabrics?.items ?? []) {
      const subnet = String(f.get('subnet')).replace(/^10\.\d+\./, `10.${octet}.`);
      f.set('subnet', subnet);
      subnets[String(f.get('name'))] = subnet;
    }
    const file = path.join(this.dir, `${name}.yaml`);
    fs.writeFileSync(file, doc.toString());
    this.track(name, file);
    return { file, name, subnets, addressPool: String(doc.getIn(['spec', 'twin', 'addressPool'])) };
  }

  /** Registers a site for the final cleanup. */
  track(site: string, file?: string): void {
    this.sites.set(site, file ?? this.sites.get(site));
  }

  /** The CLI arguments with this workspace's output folder and state. */
  args(args: readonly string[]): string[] {
    return ['plan', 'deploy', 'status', 'destroy'].includes(args[0]) ? [...args, '--out', this.out, '--state-dir', this.stateDir] : [...args];
  }

  /** Runs the CLI in-process (not a TTY, nobody to confirm). */
  async cli(args: readonly string[], env: Env = {}): Promise<CliRun> {
    const ctx = bufferedContext({ ...process.env, ...env });
    const code = await runCli(this.args(args), ctx);
    return { code, out: ctx.out, err: ctx.err };
  }

  /** Runs `node bin/aisite.js` as a real process (for signals); stdout and stderr piped. */
  spawnCli(args: readonly string[], env: Env = {}): ChildProcess {
    ensureBuilt();
    return spawn(process.execPath, [path.join(REPO, 'bin', 'aisite.js'), ...this.args(args)], {
      cwd: this.dir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /**
   * Destroys every tracked site (`aisite destroy` with its spec while it exists, else
   * `--site`) with `env` (e.g. PG_CONN_STR), sweeps their labels, removes the workspace;
   * returns what could not be removed (names), to report.
   */
  async cleanup(env: Env = {}): Promise<string[]> {
    const left: string[] = [];
    for (const [site, file] of this.sites) {
      // With its spec when it is still there (its state backend and engines come from it).
      const r = await this.cli(file && fs.existsSync(file) ? ['destroy', file, '--auto-approve'] : ['destroy', '--site', site, '--auto-approve'], env);
      if (r.code !== 0) console.warn(`cleanup of ${site}: aisite destroy exited ${r.code}: ${r.err.trim()}`);
      sweepLabel(site);
      const l = labelled(site);
      left.push(...l.containers, ...l.networks, ...l.volumes);
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
    return left;
  }
}

/** Whether dist/ is older than any source it is built from. */
function distStale(): boolean {
  const roots = ['index.ts', 'main.ts', 'spec', 'cli', 'constructs', 'stacks', 'deploy'];
  const walk = (p: string): string[] => {
    const st = fs.statSync(p);
    if (!st.isDirectory()) return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
    return fs.readdirSync(p).flatMap((e) => walk(path.join(p, e)));
  };
  for (const src of roots.flatMap((r) => walk(path.join(REPO, r)))) {
    const out = path.join(REPO, 'dist', path.relative(REPO, src).replace(/\.ts$/, '.js'));
    if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs) return true;
  }
  return false;
}

/** bin/aisite.js runs dist/: build it (as `npm run build` does) when the sources are newer. */
export function ensureBuilt(): void {
  if (!distStale()) return;
  const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (r.status !== 0) throw new Error(`npm run build failed, so bin/aisite.js cannot run the current sources:\n${r.stdout}${r.stderr}`);
}

/** Resolves when `text` appears in the stream's output (or rejects after `ms`). */
export function waitForOutput(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const s = child[stream]!;
    const timer = setTimeout(() => {
      s.off('data', onData);
      reject(new Error(`no ${pattern} on ${stream} within ${ms} ms; got:\n${seen}`));
    }, ms);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (pattern.test(seen)) {
        clearTimeout(timer);
        s.off('data', onData);
        resolve(seen);
      }
    };
    s.on('data', onData);
  });
}

/** Collects a child's output until it exits. */
export function collect(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
}

/** One twin budget line of `plan` (spec/model/twin-budget.ts), for any engine. */
export const BUDGET_LINE = /^twin on \S+: \d+ containers?, \d+ networks?, [\d.]+ (MB|GiB) of container memory limits \(\d+ sites?\)$/;

/** `plan`'s output split into its twin budget lines (one per engine, first) and the rest. */
export function planOutput(out: string): { readonly budget: string[]; readonly rest: string } {
  const lines = out.split('\n');
  const budget = lines.filter((l) => l.startsWith('twin on '));
  return { budget, rest: lines.filter((l) => !l.startsWith('twin on ')).join('\n') };
}
