import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BENCH_BUILD } from './bench-build';
import { benchDeploy, benchMultiSite, benchVerifyNational, deployBenchBlocker, providerBuildSeconds, verifyValue } from './deploy-bench';
import { engineIptables, iptablesBackend } from '../deploy/engine-iptables';
import { examplesDir, writeNationalSet } from './national-set';
import { benchProgramme, PROGRAMME_TARGETS, programmeBenchOptions } from './programme-bench';
import { writeOverlappingSet } from './overlapping-set';
import { deployRatios, formatRatios, HOSPITAL, meets, multiSiteRows, NATIONAL, RATIO_RUNS, RatioRow, startupOver, validateRatio } from './ratio-bench';

/**
 * `npm run bench`: prints figures for the targets in the issues. Not a test: it never
 * fails on a slow machine, it reports. Each figure is the median of RUNS fresh processes.
 */
const RUNS = 5;

interface Figure {
  readonly name: string;
  readonly value: string;
  readonly target: string;
  readonly ok: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function benchValidate(figures: Figure[]): void {
  const dir = writeNationalSet(200);
  try {
    const files = fs.readdirSync(dir).length;
    const walls: number[] = [];
    const rss: number[] = [];
    let last: { sites: number; errors: number; warnings: number } | undefined;
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [path.join(__dirname, 'validate-child.js'), dir], { encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`validate child failed (${r.status}): ${r.stderr}${r.stdout}`);
      last = JSON.parse(r.stdout) as { sites: number; errors: number; warnings: number; maxRssMb: number };
      walls.push(wall);
      rss.push((last as unknown as { maxRssMb: number }).maxRssMb);
    }
    console.log(
      `validate: national-scale set, ${files} files, ${last?.sites} sites (32,768-accelerator center + 200 MDCs), ${last?.errors} errors, ${last?.warnings} warnings`,
    );
    const wall = median(walls);
    figures.push({ name: 'validate wall (whole CLI process)', value: `${wall.toFixed(0)} ms`, target: '<= 1000 ms', ok: wall <= 1000 });
    figures.push({ name: 'validate peak RSS', value: `${median(rss).toFixed(0)} MB`, target: '(reported)', ok: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Sites in the scale bench: every one shares its three subnets with all the others. */
const OVERLAPPING_SITES = 1000;
/** Fewer runs than the other figures: each is a few seconds, and the bench stays short. */
const SCALE_RUNS = 3;

/** `aisite validate` of many sites sharing one subnet: exit 1, time, peak RSS, report size. */
function benchValidateScale(figures: Figure[]): void {
  const dir = writeOverlappingSet(OVERLAPPING_SITES);
  try {
    const walls: number[] = [];
    const rss: number[] = [];
    let bytes = 0;
    let findings = 0;
    for (let i = 0; i < SCALE_RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [path.join(__dirname, 'validate-child.js'), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const out = JSON.parse(r.stdout) as { code: number; maxRssMb: number; errors: number; jsonBytes: number };
      if (out.code !== 1) throw new Error(`validate of ${OVERLAPPING_SITES} overlapping sites exited ${out.code}, not 1: ${r.stderr}`);
      rss.push(out.maxRssMb);
      bytes = out.jsonBytes;
      findings = out.errors;
    }
    console.log(
      `validate at scale: ${OVERLAPPING_SITES} hospital copies sharing their 3 subnets, exit 1 with ${findings} errors (one AIS402 per subnet and site); medians of ${SCALE_RUNS} runs`,
    );
    const wall = median(walls);
    figures.push({ name: `validate ${OVERLAPPING_SITES} overlapping sites wall`, value: `${wall.toFixed(0)} ms`, target: '(reported)', ok: true });
    figures.push({ name: `validate ${OVERLAPPING_SITES} overlapping sites peak RSS`, value: `${median(rss).toFixed(0)} MB`, target: '(reported)', ok: true });
    figures.push({
      name: `validate ${OVERLAPPING_SITES} overlapping sites JSON report`,
      value: `${(bytes / 1024).toFixed(0)} KiB`,
      target: '(reported)',
      ok: true,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface ChildFigures {
  readonly msSinceStart: number;
  readonly maxRssMb: number;
  readonly jsonBytes: number;
}

/** Runs a bench child RUNS times; returns median wall (whole process), RSS and output size. */
function runChild(script: string, args: string[]): { wall: number; rss: number; bytes: number } {
  const walls: number[] = [];
  const rss: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [path.join(__dirname, script), ...args], { encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
    const f = JSON.parse(r.stdout) as ChildFigures;
    rss.push(f.maxRssMb);
    bytes = f.jsonBytes;
  }
  return { wall: median(walls), rss: median(rss), bytes };
}

function benchSynth(figures: Figure[]): void {
  const national = path.join(examplesDir(), 'haenam-national-ai-center.yaml');
  console.log('synth: the national example (4,096 servers, 32,768 accelerators), load + validate + construct + write');
  const twin = runChild('synth-child.js', ['twin', national]);
  const full = runChild('synth-child.js', ['full', national]);
  const naive = runChild('synth-child.js', ['naive', national]);
  figures.push({ name: 'synth twin wall', value: `${twin.wall.toFixed(0)} ms`, target: '<= 1500 ms', ok: twin.wall <= 1500 });
  figures.push({ name: 'synth twin peak RSS', value: `${twin.rss.toFixed(0)} MB`, target: '(reported)', ok: true });
  figures.push({ name: 'synth full fidelity wall', value: `${full.wall.toFixed(0)} ms`, target: '<= 3000 ms', ok: full.wall <= 3000 });
  figures.push({ name: 'synth full fidelity peak RSS', value: `${full.rss.toFixed(0)} MB`, target: '<= 400 MB', ok: full.rss <= 400 });
  figures.push({ name: 'synth full, cdk.tf.json size', value: `${(full.bytes / 1024).toFixed(0)} KiB`, target: '(reported)', ok: true });
  figures.push({ name: 'naive baseline (block per server) wall', value: `${naive.wall.toFixed(0)} ms`, target: '(reported)', ok: true });
  figures.push({ name: 'naive baseline peak RSS', value: `${naive.rss.toFixed(0)} MB`, target: '(reported)', ok: true });
  figures.push({ name: 'naive baseline cdk.tf.json size', value: `${(naive.bytes / 1024).toFixed(0)} KiB`, target: '(reported)', ok: true });
  figures.push({ name: 'naive / full fidelity wall ratio', value: `${(naive.wall / full.wall).toFixed(1)}x`, target: '(reported)', ok: true });
}

/** `aisite report` and `aisite graph` on the national-scale set, as whole CLI processes. */
function benchReportGraph(figures: Figure[]): void {
  const dir = writeNationalSet(200);
  try {
    console.log('report and graph: the national-scale set (32,768-accelerator center + 200 MDCs), load + validate + render');
    const runs: Array<[string, string[]]> = [
      ['report text', ['report', dir]],
      ['report html (with SVG)', ['report', dir, '--format', 'html']],
      ['graph mermaid', ['graph', dir, '--format', 'mermaid']],
      ['graph svg', ['graph', dir, '--format', 'svg']],
      ['graph svg --detail full', ['graph', dir, '--format', 'svg', '--detail', 'full']],
    ];
    for (const [name, args] of runs) {
      const r = runChild('cli-child.js', args);
      const full = name.endsWith('--detail full'); // every cabinet of 201 sites: reported, not a target
      figures.push({ name: `${name} wall`, value: `${r.wall.toFixed(0)} ms`, target: full ? '(reported)' : '<= 2000 ms', ok: full || r.wall <= 2000 });
      figures.push({ name: `${name} output / peak RSS`, value: `${(r.bytes / 1024).toFixed(0)} KiB`, target: `${r.rss.toFixed(0)} MB RSS`, ok: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `aisite diff` of the national-scale set against a copy with 32 more GPU cabinets, as a whole CLI process. */
function benchDiff(figures: Figure[]): void {
  const before = writeNationalSet(200);
  const after = writeNationalSet(200);
  try {
    const national = path.join(after, 'haenam-national-ai-center.yaml');
    fs.writeFileSync(national, fs.readFileSync(national, 'utf8').replace('count: 512', 'count: 544'));
    console.log('diff: the national-scale set against a copy with 32 more GPU cabinets (both sides loaded, validated, compared, rendered)');
    const r = runChild('cli-child.js', ['diff', before, after]);
    figures.push({ name: 'diff national-scale set wall', value: `${r.wall.toFixed(0)} ms`, target: '<= 1000 ms', ok: r.wall <= 1000 });
  } finally {
    fs.rmSync(before, { recursive: true, force: true });
    fs.rmSync(after, { recursive: true, force: true });
  }
}

async function benchDeployFigures(figures: Figure[]): Promise<void> {
  const build = providerBuildSeconds();
  figures.push({ name: 'provider mirror build (one time)', value: build === undefined ? 'not recorded' : `${build} s`, target: '(reported)', ok: true });
  const blocker = deployBenchBlocker();
  if (blocker) {
    console.log(`deploy: not measured — ${blocker}`);
    return;
  }
  console.log('deploy: the hospital MDC (10 containers, 6 networks, 4 volumes, node image) on the local engine, once');
  const d = await benchDeploy();
  figures.push({
    name: 'cold deploy (image+init+apply+healthy)',
    value: `${(d.coldDeployMs / 1000).toFixed(1)} s`,
    target: '<= 60 s',
    ok: d.coldDeployMs <= 60_000,
  });
  figures.push({ name: 'no-op re-plan', value: `${(d.replanMs / 1000).toFixed(1)} s`, target: '<= 5 s', ok: d.replanMs <= 5_000 });
  figures.push({ name: 'verify, hospital MDC', value: verifyValue(d), target: '(reported)', ok: true });
  figures.push({ name: 'destroy', value: `${(d.destroyMs / 1000).toFixed(1)} s`, target: '<= 20 s', ok: d.destroyMs <= 20_000 });
  console.log('verify: the national center twin, deployed for it');
  const n = await benchVerifyNational();
  figures.push({ name: 'verify, national twin (64 server containers)', value: verifyValue(n), target: '(reported)', ok: true });
  console.log('deploy --all: three peered factory MDCs (a hub and two spokes), side by side vs one after the other');
  const m = await benchMultiSite();
  figures.push({
    name: `3 peered MDCs, deploy --all --parallel ${m.parallel}`,
    value: `${(m.parallelMs / 1000).toFixed(1)} s`,
    target: '(reported)',
    ok: true,
  });
  figures.push({ name: '3 peered MDCs, one after the other', value: `${(m.sequentialMs / 1000).toFixed(1)} s`, target: '(reported)', ok: true });
  figures.push({ name: 'one after the other / --all', value: `${(m.sequentialMs / m.parallelMs).toFixed(2)}x`, target: '(reported)', ok: true });
}

/** Which iptables the engine's figures were made with (they differ by up to 2.5 times at scale). */
function firewallLine(): string {
  const binary = engineIptables();
  return `engine firewall: ${binary ? `${iptablesBackend(binary)} (${binary})` : 'not known (not a local dockerd whose /proc this process can read)'}`;
}

/** Issue 14's ratios: every operation next to its floor, interleaved, with the target beside it. */
async function benchRatios(figures: Figure[], only?: string): Promise<void> {
  console.log(
    `ratios to the floor (issue 14): aisite and its floor interleaved, medians of ${RATIO_RUNS} runs (start-up: 9); load average ${require('os').loadavg()[0].toFixed(1)}`,
  );
  const commit = spawnSync('git', ['-C', BENCH_BUILD, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout?.trim();
  console.log(`aisite build: ${BENCH_BUILD}${commit ? ` at ${commit}` : ''} (AISITE_BENCH_BUILD)`);
  console.log(firewallLine());
  const cli: RatioRow[] = only === undefined || only === 'cli' ? [await startupOver(), await validateRatio()] : [];
  if (cli.length) console.log(formatRatios(cli) + '\n');
  const blocker = only === 'cli' ? 'not asked for' : deployBenchBlocker();
  if (blocker) console.log(`deploy ratios: not measured — ${blocker}`);
  // `deploy`: the hospital; `national`: the national twin; `multi`: deploy --all of the examples.
  const wanted = (part: string) => !blocker && (only === undefined || only === part);
  const deploy = [
    ...(wanted('deploy') ? await deployRatios(HOSPITAL) : []),
    ...(wanted('national') ? await deployRatios(NATIONAL) : []),
    ...(wanted('multi') ? await multiSiteRows() : []),
  ];
  if (deploy.length) console.log(formatRatios(deploy) + '\n');
  for (const r of [cli, deploy].flat()) {
    const value = r.kind === 'ratio' ? `${(r.aisite / r.floor).toFixed(2)}x` : `+${(r.aisite - r.floor).toFixed(0)} ms`;
    figures.push({ name: `${r.name} vs floor`, value, target: r.kind === 'ratio' ? `<= ${r.limit}x` : `<= +${r.limit} ms`, ok: meets(r) });
  }
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  console.log(`aisite bench on ${require('os').cpus().length} cores, node ${process.version}; medians of ${RUNS} runs\n`);
  // `npm run bench -- ratios [cli|deploy|national|multi]`: only issue 14's ratios to the floor (minutes).
  if (process.argv[2] === 'ratios') {
    await benchRatios(figures, process.argv[3]);
    return;
  }
  // `npm run bench -- programme`: only issue 15's programme twin (1 center + 200 MDCs; long).
  if (process.argv[2] === 'programme') {
    await benchProgrammeFigures(figures);
    printFigures(figures);
    return;
  }
  benchValidate(figures);
  benchValidateScale(figures);
  benchSynth(figures);
  benchReportGraph(figures);
  benchDiff(figures);
  await benchDeployFigures(figures);
  await benchRatios(figures);
  printFigures(figures);
}

function printFigures(figures: readonly Figure[]): void {
  console.log('');
  const w = figures.reduce((m, f) => Math.max(m, f.name.length), 0);
  for (const f of figures) console.log(`${f.name.padEnd(w)}  ${f.value.padStart(10)}  target ${f.target.padEnd(12)} ${f.ok ? 'ok' : 'MISSED'}`);
}

/** Issue 15: the national programme as one twin (deploy, status, verify, destroy of 201 sites). */
async function benchProgrammeFigures(figures: Figure[]): Promise<void> {
  const blocker = deployBenchBlocker();
  if (blocker) {
    console.log(`programme: not measured — ${blocker}`);
    return;
  }
  const opts = programmeBenchOptions();
  console.log(
    `programme: 1 national center + ${opts.mdcs} MDCs at --fidelity programme, deploy --all --parallel ${opts.parallel}, destroy --all --parallel ${opts.destroyParallel}; fabrics in ${opts.fabricBlock}, twin networks in ${opts.twinPool}; load average ${require('os').loadavg()[0].toFixed(1)}`,
  );
  console.log(firewallLine());
  const p = await benchProgramme(opts);
  const full = opts.mdcs >= 200;
  for (const s of p.steps) {
    const target = s.step === 'deploy --all' ? PROGRAMME_TARGETS.deploySeconds : s.step === 'destroy --all' ? PROGRAMME_TARGETS.destroySeconds : undefined;
    figures.push({
      name: `programme ${s.step} (${p.sites} sites), exit ${s.code}`,
      value: `${s.seconds.toFixed(1)} s`,
      target: target && full ? `<= ${target} s` : '(reported)',
      ok: s.code === 0 && (!target || !full || s.seconds <= target),
    });
  }
  if (p.floor) {
    const ratio = (step: string, floorSeconds: number) => {
      const s = p.steps.find((x) => x.step === step);
      if (s)
        figures.push({
          name: `programme ${step} / the docker CLI's ${floorSeconds.toFixed(1)} s`,
          value: `${(s.seconds / floorSeconds).toFixed(2)}x`,
          target: '(reported)',
          ok: true,
        });
    };
    ratio('deploy --all', p.floor.deploySeconds);
    ratio('destroy --all', p.floor.destroySeconds);
  }
  figures.push({ name: 'programme containers / networks created', value: `${p.containers} / ${p.networks}`, target: '(reported)', ok: true });
  figures.push({ name: 'programme peak engine memory (before)', value: `${p.memoryPeakMb} MB`, target: `(${p.memoryBeforeMb} MB)`, ok: true });
  figures.push({
    name: `programme slowest site${p.slowest ? ` (${p.slowest.site})` : ''}`,
    value: p.slowest ? `${p.slowest.seconds.toFixed(1)} s` : 'none',
    target: '(reported)',
    ok: true,
  });
  figures.push({ name: 'programme objects left after destroy', value: String(p.left), target: '0', ok: p.left === 0 });
}

void main();
