import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { docker } from '../deploy/docker-objects';
import { terraformEnv } from '../deploy/terraform';
import { LABELS, OWNER_VARIABLES } from '../spec/model/docker-names';
import { BENCH_BIN } from './bench-build';
import { captureFloor, deployFloor, destroyFloor, FloorPlan } from './docker-floor';
import { writeBenchExamples, writeBenchHospital, writeBenchNational } from './deploy-bench';
import { examplesDir, writeNationalSet } from './national-set';

/**
 * Issue 14: aisite next to the floor of each operation, as ratios with their targets,
 * measured interleaved (aisite, then its floor, RATIO_RUNS times) and taken as medians,
 * so a machine that other work slows down slows both sides alike.
 */
export const RATIO_RUNS = Number(process.env.AISITE_BENCH_RUNS ?? 3) || 3;

/**
 * AISITE_BENCH_LANE=1 (or 2, …) runs a second bench beside the first (e.g. a build before a
 * change next to one after it): its sites get the suffix `-<lane>` and subnets of their own.
 */
const LANE = Number(process.env.AISITE_BENCH_LANE ?? 0) || 0;
/** The site aisite deploys, and the name the floor copies it under. */
const SITE = `bench-ratio-hospital${LANE ? `-${LANE}` : ''}`;
const FLOOR_SITE = `bench-floor-hospital${LANE ? `-${LANE}` : ''}`;
/** Subnets 10.205.0-2.0/24 (a lane: 10.205+lane): no example or test uses them. */
const OCTET = 205 + LANE;

export interface RatioRow {
  readonly name: string;
  /** aisite's median, ms. */
  readonly aisite: number;
  /** The floor's median, ms. */
  readonly floor: number;
  /** `ratio`: aisite / floor ≤ limit; `over`: aisite − floor ≤ limit ms. */
  readonly kind: 'ratio' | 'over';
  readonly limit: number;
  /** Peak RSS of aisite's run (MB), when measured. @default not measured */
  readonly rssMb?: string;
  /** What the row includes. */
  readonly note: string;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Timed {
  readonly ms: number;
  /** Peak RSS of the largest process of the run's tree (node, terraform or provider), MB. */
  readonly treeRssMb: number;
  /** Peak RSS of aisite's node process, MB (bench children only). */
  readonly nodeRssMb?: number;
  readonly stdout: string;
}

/** Runs a command under GNU time (for the peak RSS of its process tree); rejects on failure. */
function timed(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; okCodes?: readonly number[] } = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'aisite-bench-rss %M', cmd, ...args], {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const rss = /aisite-bench-rss (\d+)/.exec(err);
      if (!(opts.okCodes ?? [0]).includes(code ?? -1))
        return reject(new Error(`${path.basename(cmd)} ${args.slice(0, 3).join(' ')} exited ${code}: ${err.slice(0, 1500)}${out.slice(-500)}`));
      let nodeRssMb: number | undefined;
      const last = out.trim().split('\n').pop() ?? '';
      if (last.startsWith('{')) nodeRssMb = (JSON.parse(last) as { maxRssMb?: number }).maxRssMb;
      resolve({ ms, treeRssMb: rss ? Number(rss[1]) / 1024 : NaN, nodeRssMb, stdout: out });
    });
  });
}

/** Seconds aisite and the floor wait for healthy containers: a loaded engine runs healthchecks late. */
const HEALTH_TIMEOUT_S = 300;

/** One aisite command as a whole process (bench/cli-child.js), as a user runs it. */
function aisite(args: readonly string[]): Promise<Timed> {
  return timed(process.execPath, [
    path.join(__dirname, 'cli-child.js'),
    ...args,
    ...(args[0] === 'deploy' ? ['--health-timeout', String(HEALTH_TIMEOUT_S)] : []),
  ]);
}

function rssText(runs: readonly Timed[]): string {
  return `${median(runs.map((r) => r.nodeRssMb ?? NaN)).toFixed(0)} MB node, ${median(runs.map((r) => r.treeRssMb)).toFixed(0)} MB largest`;
}

/** The owner variables of the deployed site, from its labels, for a bare `terraform plan`. */
function ownerVars(site: string): Record<string, string> {
  const id = docker(['ps', '-aq', '--filter', `label=${LABELS.site}=${site}`])
    .split('\n')[0]
    .trim();
  const labels = JSON.parse(docker(['inspect', '--format', '{{json .Config.Labels}}', id])) as Record<string, string>;
  return { [`TF_VAR_${OWNER_VARIABLES.id}`]: labels[LABELS.owner], [`TF_VAR_${OWNER_VARIABLES.state}`]: labels[LABELS.ownerState] };
}

/** Removes every node image no container uses; true when none is left (the next deploy builds it). */
function removeNodeImages(): boolean {
  for (const img of docker(['images', '-q', 'aisite-node']).split('\n').filter(Boolean)) docker(['rmi', img], process.env, true);
  return docker(['images', '-q', 'aisite-node']).trim() === '';
}

/** One site deployed against its floor: how it is written, and which rows it gives. */
interface RatioSite {
  /** What the rows are called ("hospital", "national twin"). */
  readonly label: string;
  /** Writes the site file into `dir` under the site name `name`; returns the file. */
  readonly write: (dir: string, name: string) => string;
  readonly site: string;
  readonly floorSite: string;
  /** Also the node image build against `docker build` (one site is enough: the image is the same). */
  readonly image: boolean;
}

/** The hospital MDC: deploy, no-op plan, destroy, node image build. */
export const HOSPITAL: RatioSite = {
  label: 'hospital',
  write: (dir, name) => writeBenchHospital(dir, name, OCTET),
  site: SITE,
  floorSite: FLOOR_SITE,
  image: true,
};

/** The national center's twin (its uplink left out): deploy, no-op plan, destroy; subnets in 10.(210+lane).0.0/16. */
export const NATIONAL: RatioSite = {
  label: 'national twin',
  write: (dir, name) => writeBenchNational(dir, name, 210 + LANE),
  site: `bench-ratio-national${LANE ? `-${LANE}` : ''}`,
  floorSite: `bench-floor-national${LANE ? `-${LANE}` : ''}`,
  image: false,
};

/**
 * Deploy and destroy of a site (with the image present) against the docker-CLI floor, and
 * its no-op re-plan against a bare `terraform plan`; for the hospital also the node image
 * build against `docker build`.
 */
export async function deployRatios(target: RatioSite = HOSPITAL): Promise<RatioRow[]> {
  const { site: SITE, floorSite: FLOOR_SITE, label } = target;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-ratio-bench-'));
  const file = target.write(dir, SITE);
  const out = path.join(dir, 'cdktf.out');
  const ws = ['--out', out, '--state-dir', path.join(dir, 'state')];
  const stackDir = path.join(out, 'stacks', SITE);
  const deploys: Timed[] = [];
  const plans: Timed[] = [];
  const barePlans: Timed[] = [];
  const destroys: Timed[] = [];
  const floorDeploys: number[] = [];
  const floorDestroys: number[] = [];
  try {
    // Cold: the image is built by Terraform inside this deploy (when no other site's
    // container holds it); the floor builds the same context with `docker build`.
    const imageGone = target.image && removeNodeImages();
    const cold = await aisite(['deploy', file, '--auto-approve', ...ws]);
    const plan: FloorPlan = captureFloor(SITE, FLOOR_SITE);
    const tag = `bench-floor-image:${process.pid}`;
    const build = target.image ? await timed('docker', ['build', '--no-cache', '-q', '-t', tag, path.join(out, 'node-image')]) : undefined;
    if (build) docker(['rmi', tag], process.env, true);
    const owner = ownerVars(SITE);
    await aisite(['destroy', file, '--auto-approve', ...ws]);
    for (let i = 0; i < RATIO_RUNS; i++) {
      // A run that fails (on a loaded engine healthchecks can time out for minutes) is
      // reported and left out of the medians; both sites are removed before the next.
      try {
        const d = await aisite(['deploy', file, '--auto-approve', ...ws]);
        const p = await aisite(['plan', file, ...ws]);
        const bare = await timed('terraform', ['plan', '-input=false', '-no-color'], { cwd: stackDir, env: { ...terraformEnv(process.env), ...owner } });
        const x = await aisite(['destroy', file, '--auto-approve', ...ws]);
        const fd = await deployFloor(plan, process.env, HEALTH_TIMEOUT_S * 1000);
        const fx = await destroyFloor(FLOOR_SITE);
        deploys.push(d);
        plans.push(p);
        barePlans.push(bare);
        destroys.push(x);
        floorDeploys.push(fd);
        floorDestroys.push(fx);
      } catch (e) {
        console.log(`run ${i + 1} left out: ${(e as Error).message.split('\n')[0].slice(0, 400)}`);
        await aisite(['destroy', file, '--auto-approve', ...ws]).catch(() => undefined);
        await destroyFloor(FLOOR_SITE).catch(() => undefined);
      }
    }
    if (!deploys.length) throw new Error(`no deploy run of ${SITE} succeeded`);
    const warm = median(deploys.map((d) => d.ms));
    const counts = `${plan.containers.length} containers, ${plan.networks.length} networks, ${plan.volumes.length} volumes`;
    const rows: RatioRow[] = [
      {
        name: `${label} deploy (image present)`,
        aisite: warm,
        floor: median(floorDeploys),
        kind: 'ratio',
        limit: 1.3,
        rssMb: rssText(deploys),
        note: `${deploys.length} runs; synth+init+plan+apply+air-gap+pids+healthy; floor: docker CLI, ${counts}, healthy`,
      },
      {
        name: `${label} destroy`,
        aisite: median(destroys.map((d) => d.ms)),
        floor: median(floorDestroys),
        kind: 'ratio',
        limit: 1.5,
        rssMb: rssText(destroys),
        note: 'containers one at a time, then the rest; floor: docker rm -f each, network rm, volume rm',
      },
      {
        name: `${label} no-op plan`,
        aisite: median(plans.map((d) => d.ms)),
        floor: median(barePlans.map((d) => d.ms)),
        kind: 'ratio',
        limit: 1.05,
        rssMb: rssText(plans),
        note: 'aisite plan (synth, init unless current, plan, state ids, leftovers); floor: terraform plan in the stack folder',
      },
    ];
    if (!build) return rows;
    // Another site's containers holding the image, or a cold deploy no slower than a warm
    // one (a loaded machine), leave no build time to compare: said, not printed as a ratio.
    if (!imageGone || cold.ms <= warm) {
      console.log(
        `node image build: not measured (${imageGone ? `cold deploy ${(cold.ms / 1000).toFixed(1)} s was not slower than the median warm one` : 'the image was in use by other containers, so the deploy was not cold'}); docker build --no-cache took ${(build.ms / 1000).toFixed(1)} s`,
      );
    } else {
      rows.push({
        name: 'node image build',
        aisite: cold.ms - warm,
        floor: build.ms,
        kind: 'ratio',
        limit: 1.3,
        rssMb: rssText([cold]),
        note: `cold deploy ${(cold.ms / 1000).toFixed(1)} s minus the median deploy with the image present; floor: docker build --no-cache`,
      });
    }
    return rows;
  } finally {
    await aisite(['destroy', file, '--auto-approve', ...ws]).catch(() => undefined);
    await aisite(['destroy', '--site', SITE, '--auto-approve', ...ws]).catch(() => undefined);
    await destroyFloor(FLOOR_SITE).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 14's multi-site item: `deploy --all` and `destroy --all` of the three examples
 * (renamed, in addresses of their own) against the sum of deploying and destroying each
 * alone, one after the other (the uplink's owner first). Not a ratio with a target: the
 * issue asks for the two side by side.
 */
export async function multiSiteRows(): Promise<RatioRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-ratio-multi-'));
  const set = writeBenchExamples(dir, `bench-multi${LANE ? `${LANE}-` : '-'}`, 220 + LANE);
  const ws = ['--out', path.join(dir, 'cdktf.out'), '--state-dir', path.join(dir, 'state')];
  const all: Array<{ deploy: number; destroy: number }> = [];
  const sums: Array<{ deploy: number; destroy: number }> = [];
  try {
    for (let i = 0; i < RATIO_RUNS; i++) {
      try {
        const d = await aisite(['deploy', ...set.files, '--all', '--auto-approve', ...ws]);
        const x = await aisite(['destroy', ...set.files, '--all', '--auto-approve', ...ws]);
        all.push({ deploy: d.ms, destroy: x.ms });
        let deploy = 0;
        for (const s of set.order) deploy += (await aisite(['deploy', ...set.files, '--site', s, '--auto-approve', ...ws])).ms;
        let destroy = 0;
        for (const s of [...set.order].reverse()) destroy += (await aisite(['destroy', ...set.files, '--site', s, '--auto-approve', ...ws])).ms;
        sums.push({ deploy, destroy });
      } catch (e) {
        console.log(`multi-site run ${i + 1} left out: ${(e as Error).message.split('\n')[0].slice(0, 400)}`);
        await aisite(['destroy', ...set.files, '--all', '--auto-approve', ...ws]).catch(() => undefined);
      }
    }
    if (!all.length) throw new Error('no multi-site run succeeded');
    const note = `${set.order.length} examples (${set.order.join(', ')}); floor column: the sum of each site deployed alone, one after the other`;
    return [
      {
        name: 'deploy --all of the 3 examples',
        aisite: median(all.map((r) => r.deploy)),
        floor: median(sums.map((r) => r.deploy)),
        kind: 'ratio',
        limit: 1,
        note,
      },
      {
        name: 'destroy --all of the 3 examples',
        aisite: median(all.map((r) => r.destroy)),
        floor: median(sums.map((r) => r.destroy)),
        kind: 'ratio',
        limit: 1,
        note,
      },
    ];
  } finally {
    await aisite(['destroy', ...set.files, '--all', '--auto-approve', ...ws]).catch(() => undefined);
    for (const s of set.order) await aisite(['destroy', '--site', s, '--auto-approve', ...ws]).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs of the validate figure: a whole process of about a second, so a few more than RATIO_RUNS. */
const VALIDATE_RUNS = Math.max(RATIO_RUNS, 5);

/** `aisite validate` of the national set against reading and parsing the same files with js-yaml. */
export async function validateRatio(): Promise<RatioRow> {
  const dir = writeNationalSet(200);
  try {
    const runs: Timed[] = [];
    const floor: number[] = [];
    // One run first, not counted: it fills the compile cache as any first run after install does.
    await timed(process.execPath, [BENCH_BIN, 'validate', dir, '--format', 'json']);
    for (let i = 0; i < VALIDATE_RUNS; i++) {
      runs.push(await timed(process.execPath, [BENCH_BIN, 'validate', dir, '--format', 'json']));
      floor.push((await timed(process.execPath, [path.join(__dirname, 'parse-floor-child.js'), dir])).ms);
    }
    return {
      name: 'validate national set (201 files)',
      aisite: median(runs.map((r) => r.ms)),
      floor: median(floor),
      kind: 'ratio',
      limit: 1.5,
      rssMb: `${median(runs.map((r) => r.treeRssMb)).toFixed(0)} MB`,
      note: `whole processes, ${VALIDATE_RUNS} runs; bin/aisite.js validate --format json; floor: read + js-yaml load of each file`,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs of the start-up figure: each is short, and the difference of two medians needs more. */
const STARTUP_RUNS = 9;

/** `aisite validate` of one file (bin/aisite.js, as installed) against `node -e 0`. */
export async function startupOver(): Promise<RatioRow> {
  const bin = BENCH_BIN;
  const file = path.join(examplesDir(), 'daejeon-hospital-01.yaml');
  const runs: Timed[] = [];
  const bare: number[] = [];
  await timed(process.execPath, [bin, 'validate', file]); // fills the compile cache, not counted
  for (let i = 0; i < STARTUP_RUNS; i++) {
    runs.push(await timed(process.execPath, [bin, 'validate', file]));
    bare.push((await timed(process.execPath, ['-e', '0'])).ms);
  }
  return {
    name: 'CLI start-up: validate one file',
    aisite: median(runs.map((r) => r.ms)),
    floor: median(bare),
    kind: 'over',
    limit: 40,
    rssMb: `${median(runs.map((r) => r.treeRssMb)).toFixed(0)} MB`,
    note: 'bin/aisite.js validate <hospital>; floor: node -e 0',
  };
}

/** Whether a row meets its target. */
export function meets(r: RatioRow): boolean {
  return r.kind === 'ratio' ? r.aisite / r.floor <= r.limit : r.aisite - r.floor <= r.limit;
}

/** The ratio table: each row's aisite and floor medians, the ratio, the target and the verdict. */
export function formatRatios(rows: readonly RatioRow[]): string {
  const w = rows.reduce((m, r) => Math.max(m, r.name.length), 0);
  const t = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const lines = rows.map((r) => {
    const value = r.kind === 'ratio' ? `${(r.aisite / r.floor).toFixed(2)}x` : `+${(r.aisite - r.floor).toFixed(0)} ms`;
    const target = r.kind === 'ratio' ? `<= ${r.limit}x` : `<= +${r.limit} ms`;
    return `${r.name.padEnd(w)}  ${t(r.aisite).padStart(9)}  ${t(r.floor).padStart(9)}  ${value.padStart(9)}  ${target.padStart(10)}  ${meets(r) ? 'ok    ' : 'MISSED'}  ${r.rssMb ?? ''}\n${' '.repeat(w + 2)}${r.note}`;
  });
  return [
    `${'measure'.padEnd(w)}  ${'aisite'.padStart(9)}  ${'floor'.padStart(9)}  ${'ratio'.padStart(9)}  ${'target'.padStart(10)}  result  peak RSS`,
    ...lines,
  ].join('\n');
}
