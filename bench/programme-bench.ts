import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CONTAINER_MEMORY_MB } from '../constructs/hardening';
import { backbonesOf } from '../spec/model/backbone';
import { describeBudget, EngineBudget, twinBudget } from '../spec/model/twin-budget';
import { overlaps, parseCidr } from '../spec/net/cidr';
import { validatePaths } from '../spec/validate';
import { installPath } from '../spec/install-root';
import { writeProgrammeSet } from './programme-set';
import { eachLimited } from '../deploy/schedule';
import { captureFloor, deployFloor, destroyFloor, FloorPlan } from './docker-floor';

/** Targets of issue 15 for the whole programme (1 center + 200 MDCs). */
export const PROGRAMME_TARGETS = { deploySeconds: 600, destroySeconds: 300 } as const;

export interface ProgrammeBenchOptions {
  /** MDCs beside the center. @default 200 */
  readonly mdcs: number;
  /** deploy --all --parallel (deploy is CPU-bound: 6 is no faster than 4 on 2 cores). @default 4 */
  readonly parallel: number;
  /** destroy --all --parallel (destroy waits on the provider's delays: 8 beats 4 by 13% at 40 sites). @default 8 */
  readonly destroyParallel: number;
  readonly fabricBlock: string;
  readonly twinPool: string;
  /**
   * After aisite's destroy, the same objects made and removed again with the docker CLI
   * (bench/docker-floor.ts), at the same parallelism: the floor of deploy and destroy at
   * this scale. @default false (AISITE_PROGRAMME_FLOOR=1)
   */
  readonly floor: boolean;
  /**
   * `verify --all` between status and destroy. Off for a run that only wants deploy,
   * destroy and their floor (at 201 sites verify is 10 minutes). @default true
   * (AISITE_PROGRAMME_VERIFY=0 turns it off)
   */
  readonly verify: boolean;
}

/** The options from the environment (AISITE_PROGRAMME_MDCS, _PARALLEL, _DESTROY_PARALLEL, _FABRIC_BLOCK, _TWIN_POOL, _FLOOR, _VERIFY). */
export function programmeBenchOptions(env: NodeJS.ProcessEnv = process.env): ProgrammeBenchOptions {
  const int = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, but '${v}' was given`);
    return n;
  };
  return {
    mdcs: int('AISITE_PROGRAMME_MDCS', 200),
    parallel: int('AISITE_PROGRAMME_PARALLEL', 4),
    destroyParallel: int('AISITE_PROGRAMME_DESTROY_PARALLEL', 8),
    fabricBlock: env.AISITE_PROGRAMME_FABRIC_BLOCK || '10.128.0.0/14',
    twinPool: env.AISITE_PROGRAMME_TWIN_POOL || '10.132.0.0/14',
    floor: env.AISITE_PROGRAMME_FLOOR === '1',
    verify: env.AISITE_PROGRAMME_VERIFY !== '0',
  };
}

export interface StepFigure {
  readonly step: string;
  readonly seconds: number;
  readonly code: number;
}

export interface ProgrammeFigures {
  readonly sites: number;
  readonly steps: readonly StepFigure[];
  /** Objects labelled with a programme site after deploy. */
  readonly containers: number;
  readonly networks: number;
  /** Engine memory (containers' cgroup + dockerd + containerd) before and at its peak, MB. */
  readonly memoryBeforeMb: number;
  readonly memoryPeakMb: number;
  /** The site whose deploy took longest, with its seconds. */
  readonly slowest?: { readonly site: string; readonly seconds: number };
  /** Objects labelled with a programme site after destroy. */
  readonly left: number;
  /** The same objects with the docker CLI (`floor`): seconds to make them all (until running) and to remove them. @default not measured */
  readonly floor?: { readonly deploySeconds: number; readonly destroySeconds: number };
}

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly seconds: number;
}

/** The last lines of a step's output, indented, for the bench's log. */
function lastLines(text: string, count = 15): string {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .slice(-count)
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Runs the CLI as its own process (so the memory sampler here keeps running). */
function aisite(args: readonly string[], cwd: string): Promise<Run> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installPath('bin/aisite.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), out, err, seconds: (performance.now() - t0) / 1000 }));
  });
}

function dockerLines(args: readonly string[]): string[] {
  const r = spawnSync('docker', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Names of the containers, networks and volumes whose aisite.site starts with `prefix`. */
function labelledWith(prefix: string): { containers: string[]; networks: string[]; volumes: string[] } {
  const list = (args: string[], name = '{{.Name}}') =>
    dockerLines([...args, '--filter', 'label=aisite.site', '--format', `${name}\t{{.Label "aisite.site"}}`])
      .map((l) => l.split('\t'))
      .filter(([, site]) => site?.startsWith(prefix))
      .map(([name]) => name);
  return {
    containers: list(['ps', '-a'], '{{.Names}}'),
    networks: list(['network', 'ls']),
    volumes: list(['volume', 'ls']),
  };
}

/** Subnets of the engine's networks that overlap the given blocks. */
function engineOverlaps(blocks: readonly string[]): string[] {
  const ids = dockerLines(['network', 'ls', '-q']);
  if (!ids.length) return [];
  const nets = JSON.parse(spawnSync('docker', ['network', 'inspect', ...ids], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout || '[]') as Array<{
    Name: string;
    IPAM: { Config: Array<{ Subnet?: string }> | null };
  }>;
  const parsed = blocks.map((b) => parseCidr(b)!);
  return nets.flatMap((n) =>
    (n.IPAM.Config ?? []).flatMap((c) => (c.Subnet && parsed.some((b) => overlaps(b, parseCidr(c.Subnet!) ?? b)) ? [`${n.Name} ${c.Subnet}`] : [])),
  );
}

/** Bytes of memory the engine holds now: its containers' cgroup plus dockerd's and containerd's resident memory. */
export function engineMemoryBytes(): number {
  const read = (f: string) => {
    try {
      return Number(fs.readFileSync(f, 'utf8').trim()) || 0;
    } catch {
      return 0;
    }
  };
  const cgroup =
    read('/sys/fs/cgroup/memory/docker/memory.usage_in_bytes') ||
    read('/sys/fs/cgroup/docker/memory.current') ||
    read('/sys/fs/cgroup/system.slice/memory.current');
  let daemons = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (comm !== 'dockerd' && comm !== 'containerd') continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      daemons += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // the process ended
    }
  }
  return cgroup + daemons;
}

/**
 * The programme's floor from plans captured while aisite's twin was up: the center's
 * objects first (it owns every backbone), then the MDCs `parallel` at a time, until every
 * container runs; then the MDCs removed `destroyParallel` at a time (containers one at a
 * time each, as aisite must), the center last. Seconds of each half.
 */
async function programmeFloor(plans: readonly FloorPlan[], opts: ProgrammeBenchOptions): Promise<{ deploySeconds: number; destroySeconds: number }> {
  const [center, ...mdcs] = plans;
  const t0 = performance.now();
  await deployFloor(center);
  await eachLimited(mdcs, opts.parallel, (p) => deployFloor(p));
  const deploySeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  await eachLimited(mdcs, opts.destroyParallel, (p) => destroyFloor(p.site));
  await destroyFloor(center.site);
  return { deploySeconds, destroySeconds: (performance.now() - t1) / 1000 };
}

/** The twin budget `plan --all` prints for the sites in `dir` at --fidelity programme. */
function programmeBudget(dir: string): EngineBudget[] {
  const all = validatePaths([dir]).sites;
  return twinBudget(all, { twin: { fidelity: 'programme' }, backbones: backbonesOf(all), memoryMbPerContainer: CONTAINER_MEMORY_MB, env: process.env });
}

/** Per-site seconds from deploy's closing line (`✔ a deployed (12.3s), b unchanged (0.4s)`). */
export function slowestSite(deployOut: string): { site: string; seconds: number } | undefined {
  let slowest: { site: string; seconds: number } | undefined;
  for (const m of deployOut.matchAll(/(?:✔ |, )(\S+) (?:deployed|unchanged) \((\d+(?:\.\d+)?)s\)/g)) {
    const seconds = Number(m[2]);
    if (!slowest || seconds > slowest.seconds) slowest = { site: m[1], seconds };
  }
  return slowest;
}

/**
 * The programme at scale: writes 1 center + `mdcs` MDCs (bench/programme-set.ts), checks
 * `validate` accepts them, then deploy --all, status --all, verify --all and destroy --all
 * at --fidelity programme, each timed as a whole CLI process, sampling the engine's
 * memory every 2 s. Whatever happens, the sites are destroyed (and swept by label) at the end.
 */
export async function benchProgramme(opts: ProgrammeBenchOptions, log: (line: string) => void = console.log): Promise<ProgrammeFigures> {
  const prefix = 'bench-prog-';
  const clash = engineOverlaps([opts.fabricBlock, opts.twinPool]);
  if (clash.length)
    throw new Error(
      `the programme's blocks ${opts.fabricBlock} and ${opts.twinPool} must be free on the engine, but ${clash.slice(0, 3).join(', ')} use them; set AISITE_PROGRAMME_FABRIC_BLOCK and AISITE_PROGRAMME_TWIN_POOL`,
    );
  const set = writeProgrammeSet({ mdcs: opts.mdcs, prefix, fabricBlock: opts.fabricBlock, twinPool: opts.twinPool });
  const sites = path.join(set.dir, 'sites');
  fs.mkdirSync(sites);
  for (const f of fs.readdirSync(set.dir)) if (f.endsWith('.yaml')) fs.renameSync(path.join(set.dir, f), path.join(sites, f));
  const common = ['--out', path.join(set.dir, 'cdktf.out'), '--state-dir', path.join(set.dir, 'state'), '--fidelity', 'programme'];
  const steps: StepFigure[] = [];
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-programme-output-'));
  log(`programme: each step's output goes to ${outputDir}`);
  const memoryBefore = engineMemoryBytes();
  let peak = memoryBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, engineMemoryBytes());
  }, 2000);
  let containers = 0;
  let networks = 0;
  let slowest: ProgrammeFigures['slowest'];
  let plans: FloorPlan[] | undefined;
  let floor: ProgrammeFigures['floor'];
  const step = async (name: string, args: readonly string[]): Promise<Run> => {
    log(`programme: ${name} …`);
    const r = await aisite(args, set.dir);
    steps.push({ step: name, seconds: r.seconds, code: r.code });
    log(`programme: ${name}: exit ${r.code} in ${r.seconds.toFixed(1)} s`);
    // Each step's whole output is kept: a failure at this scale (a verify violation is on stdout) must be readable afterwards.
    const kept = path.join(outputDir, `${name.split(' ')[0]}.log`);
    fs.writeFileSync(kept, `$ aisite ${args.join(' ')}\n${r.out}\n--- stderr\n${r.err}`);
    if (r.code !== 0) log(`programme: ${name}: its output is in ${kept}; last lines:\n${lastLines(`${r.out}\n${r.err}`)}`);
    return r;
  };
  try {
    const v = await step('validate', ['validate', sites]);
    if (v.code !== 0) throw new Error(`validate of the programme exited ${v.code}: ${v.out.slice(-2000)}`);
    for (const b of programmeBudget(sites)) log(`programme: twin on ${b.host}: ${describeBudget(b)} (${b.sites.length} sites), as plan --all prints it`);
    const d = await step('deploy --all', [
      'deploy',
      sites,
      '--all',
      '--auto-approve',
      '--parallel',
      String(opts.parallel),
      '--health-timeout',
      '600',
      ...common,
    ]);
    slowest = slowestSite(d.out);
    const made = labelledWith(prefix);
    containers = made.containers.length;
    networks = made.networks.length;
    // After a failed deploy, status and verify would only time what is missing.
    if (d.code === 0) {
      await step('status --all', ['status', sites, '--all', ...common]);
      if (opts.verify) await step('verify --all', ['verify', sites, '--all', ...common]);
      else log('programme: verify --all not run (AISITE_PROGRAMME_VERIFY=0)');
      if (opts.floor) plans = [set.center, ...set.mdcs].map((site) => captureFloor(site, site));
    }
  } finally {
    const gone = await step('destroy --all', ['destroy', sites, '--all', '--auto-approve', '--parallel', String(opts.destroyParallel), ...common]);
    clearInterval(sampler);
    if (plans && gone.code === 0) {
      log('programme: the floor (the same objects with the docker CLI) …');
      try {
        floor = await programmeFloor(plans, opts);
        log(`programme: the floor: made in ${floor.deploySeconds.toFixed(1)} s, removed in ${floor.destroySeconds.toFixed(1)} s`);
      } catch (e) {
        log(`programme: the floor failed (its objects are swept below): ${(e as Error).message}`);
      }
    }
  }
  const left = labelledWith(prefix);
  const leftCount = left.containers.length + left.networks.length + left.volumes.length;
  if (leftCount) {
    for (const c of left.containers) spawnSync('docker', ['rm', '-f', '-v', c], { stdio: 'ignore' });
    for (const n of left.networks) spawnSync('docker', ['network', 'rm', n], { stdio: 'ignore' });
    if (left.volumes.length) spawnSync('docker', ['volume', 'rm', '-f', ...left.volumes], { stdio: 'ignore' });
  }
  fs.rmSync(set.dir, { recursive: true, force: true });
  return {
    sites: 1 + opts.mdcs,
    steps,
    containers,
    networks,
    memoryBeforeMb: Math.round(memoryBefore / 2 ** 20),
    memoryPeakMb: Math.round(peak / 2 ** 20),
    slowest,
    left: leftCount,
    ...(floor ? { floor } : {}),
  };
}
