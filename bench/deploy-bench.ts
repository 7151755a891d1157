import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { bufferedContext } from '../cli/context';
import { runCli } from '../cli/main';
import { dockerEngineStatus } from '../deploy/docker-engine';
import { docker } from '../deploy/docker-objects';
import { providerMirror } from '../stacks/provider-mirror';
import { DOCKER_PROVIDER_VERSION } from '../constructs/provider-version';
import { examplesDir } from './national-set';

/** One `aisite verify`: its wall time and the probes it ran. */
export interface VerifyFigure {
  readonly verifyMs: number;
  readonly probes: number;
  /** Probes of its second round (paths whose first answer broke the policy or was lost). */
  readonly reprobed: number;
}

export interface DeployFigures extends VerifyFigure {
  readonly coldDeployMs: number;
  readonly replanMs: number;
  readonly destroyMs: number;
}

/** Why the deploy figures cannot be taken here, or undefined when they can. */
export function deployBenchBlocker(): string | undefined {
  if (!dockerEngineStatus().running) return 'no Docker engine answers (npm run setup starts one)';
  if (!providerMirror().ready) return 'the provider mirror is not built (npm run setup)';
  return undefined;
}

/** Seconds the last provider build took, as recorded by scripts/provider-mirror.sh. */
export function providerBuildSeconds(): number | undefined {
  const f = path.join(providerMirror().dir, `build-seconds-${DOCKER_PROVIDER_VERSION}`);
  return fs.existsSync(f) ? Number(fs.readFileSync(f, 'utf8').trim()) : undefined;
}

async function cli(args: string[]): Promise<number> {
  const ctx = bufferedContext(process.env);
  const t0 = performance.now();
  const code = await runCli(args, ctx);
  if (code !== 0) throw new Error(`aisite ${args.join(' ')} exited ${code}: ${ctx.err}${ctx.out}`);
  return performance.now() - t0;
}

/** `aisite verify` (as JSON): its time, and the probe counts from its report. */
async function timedVerify(args: string[]): Promise<VerifyFigure> {
  const ctx = bufferedContext(process.env);
  const t0 = performance.now();
  const code = await runCli([...args, '--format', 'json'], ctx);
  const verifyMs = performance.now() - t0;
  if (code !== 0) throw new Error(`aisite ${args.join(' ')} exited ${code}: ${ctx.err}${ctx.out}`);
  const report = JSON.parse(ctx.out) as { probes: number; reprobed?: number };
  return { verifyMs, probes: report.probes, reprobed: report.reprobed ?? 0 };
}

/** A verify figure as the bench table shows it. */
export function verifyValue(v: VerifyFigure): string {
  return `${(v.verifyMs / 1000).toFixed(1)} s (${v.probes} probes, ${v.reprobed} probed again)`;
}

/**
 * Writes the hospital example under another site name (bench sites start with `bench-`,
 * so they never meet a test's) with subnets 10.`octet`.0-2.0/24; returns the file.
 */
export function writeBenchHospital(dir: string, name: string, octet: number): string {
  const doc = parseDocument(fs.readFileSync(path.join(examplesDir(), 'daejeon-hospital-01.yaml'), 'utf8'));
  doc.setIn(['metadata', 'name'], name);
  [0, 1, 2].forEach((i) => doc.setIn(['spec', 'fabrics', i, 'subnet'], `10.${octet}.${i}.0/24`));
  const file = path.join(dir, `${name}.yaml`);
  fs.writeFileSync(file, doc.toString());
  return file;
}

/**
 * Writes the national center under another site name, its uplink left out (no peer is
 * deployed beside it), its four fabric subnets moved into 10.`octet`.0.0/16; returns the file.
 */
export function writeBenchNational(dir: string, name: string, octet: number): string {
  const doc = parseDocument(fs.readFileSync(path.join(examplesDir(), 'haenam-national-ai-center.yaml'), 'utf8'));
  doc.setIn(['metadata', 'name'], name);
  doc.setIn(['spec', 'uplinks'], []);
  [`10.${octet}.0.0/20`, `10.${octet}.16.0/20`, `10.${octet}.32.0/19`, `10.${octet}.64.0/19`].forEach((subnet, i) =>
    doc.setIn(['spec', 'fabrics', i, 'subnet'], subnet),
  );
  const file = path.join(dir, `${name}.yaml`);
  fs.writeFileSync(file, doc.toString());
  return file;
}

/**
 * The three examples under names starting with `prefix` (uplinks renamed to match), each
 * fabric subnet moved into 10.`octet`.0.0/16 (the second and third octet keep the
 * example's own, so they stay apart) and every twin network into 10.`octet`+1.0.0/16.
 * Returns the files and the order to deploy them one at a time (an uplink's owner first).
 */
export function writeBenchExamples(dir: string, prefix: string, octet: number): { files: string[]; order: string[] } {
  const examples = ['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center'];
  const files = examples.map((ex) => {
    const doc = parseDocument(fs.readFileSync(path.join(examplesDir(), `${ex}.yaml`), 'utf8'));
    doc.setIn(['metadata', 'name'], prefix + ex);
    const fabrics = (doc.getIn(['spec', 'fabrics']) as { items: unknown[] }).items.length;
    for (let i = 0; i < fabrics; i++) {
      // 10.0.x.0/n (the center) stays 10.octet.x.0/n; 10.b.c.0/24 (an MDC) becomes 10.octet.(128 + 8·(b−40) + c).0/24.
      const [address, bits] = String(doc.getIn(['spec', 'fabrics', i, 'subnet'])).split('/');
      const [, b, c] = address.split('.').map(Number);
      doc.setIn(['spec', 'fabrics', i, 'subnet'], `10.${octet}.${b === 0 ? c : 128 + 8 * (b - 40) + c}.0/${bits}`);
    }
    const uplinks = doc.getIn(['spec', 'uplinks']) as { items: unknown[] } | undefined;
    for (let i = 0; i < (uplinks?.items.length ?? 0); i++)
      doc.setIn(['spec', 'uplinks', i, 'peer'], prefix + String(doc.getIn(['spec', 'uplinks', i, 'peer'])));
    doc.setIn(['spec', 'twin', 'addressPool'], `10.${octet + 1}.0.0/16`);
    const file = path.join(dir, `${prefix}${ex}.yaml`);
    fs.writeFileSync(file, doc.toString());
    return file;
  });
  return { files, order: ['haenam-national-ai-center', 'gwangju-factory-01', 'daejeon-hospital-01'].map((ex) => prefix + ex) };
}

/**
 * Cold deploy of the hospital MDC (node image removed first, so it is built; Terraform
 * init; apply; healthy), then a no-op re-plan, then destroy — in a temporary workspace
 * under a site name of its own.
 */
export async function benchDeploy(): Promise<DeployFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-deploy-bench-'));
  const file = writeBenchHospital(dir, 'bench-hospital', 201);
  const ws = ['--out', path.join(dir, 'cdktf.out'), '--state-dir', path.join(dir, 'state')];
  try {
    // Cold: no node image (it is rebuilt); images still used by other sites stay.
    for (const img of docker(['images', '-q', 'aisite-node']).split('\n').filter(Boolean)) docker(['rmi', img], process.env, true);
    const coldDeployMs = await cli(['deploy', file, '--auto-approve', ...ws]);
    const replanMs = await cli(['plan', file, ...ws]);
    const verified = await timedVerify(['verify', file, ...ws]);
    const destroyMs = await cli(['destroy', file, '--auto-approve', ...ws]);
    return { coldDeployMs, replanMs, ...verified, destroyMs };
  } finally {
    await runCli(['destroy', '--site', 'bench-hospital', '--auto-approve', ...ws], bufferedContext(process.env));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface MultiSiteFigures {
  readonly parallelMs: number;
  readonly sequentialMs: number;
  readonly parallel: number;
}

/**
 * Three copies of the factory MDC peered as a star (hub-a with spoke-b and spoke-c):
 * `deploy --all` with workers side by side (the hub first, then both spokes at once)
 * against the same deploy one site after the other (--parallel 1); destroyed after each.
 */
export async function benchMultiSite(parallel = 2): Promise<MultiSiteFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-multi-bench-'));
  const sites = [
    { name: 'bench-hub-a', octet: 202, peers: ['bench-spoke-b', 'bench-spoke-c'] },
    { name: 'bench-spoke-b', octet: 203, peers: ['bench-hub-a'] },
    { name: 'bench-spoke-c', octet: 204, peers: ['bench-hub-a'] },
  ];
  const files = sites.map((s) => {
    const doc = parseDocument(fs.readFileSync(path.join(examplesDir(), 'gwangju-factory-01.yaml'), 'utf8'));
    doc.setIn(['metadata', 'name'], s.name);
    ['0', '1'].forEach((n, i) => doc.setIn(['spec', 'fabrics', i, 'subnet'], `10.${s.octet}.${n}.0/24`));
    doc.setIn(
      ['spec', 'uplinks'],
      s.peers.map((p) => ({ name: `to-${p}`, peer: p, gbps: 100 })),
    );
    const file = path.join(dir, `${s.name}.yaml`);
    fs.writeFileSync(file, doc.toString());
    return file;
  });
  const ws = ['--out', path.join(dir, 'cdktf.out'), '--state-dir', path.join(dir, 'state')];
  try {
    const parallelMs = await cli(['deploy', ...files, '--all', '--auto-approve', '--parallel', String(parallel), ...ws]);
    await cli(['destroy', ...files, '--all', '--auto-approve', ...ws]);
    const sequentialMs = await cli(['deploy', ...files, '--all', '--auto-approve', '--parallel', '1', ...ws]);
    await cli(['destroy', ...files, '--all', '--auto-approve', ...ws]);
    return { parallelMs, sequentialMs, parallel };
  } finally {
    await runCli(['destroy', ...files, '--all', '--auto-approve', ...ws], bufferedContext(process.env));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `aisite verify` of the national center's twin (its uplink left out, subnets moved to
 * 10.205.0.0/16), deployed for the purpose and destroyed after.
 */
export async function benchVerifyNational(): Promise<VerifyFigure> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-verify-bench-'));
  const file = writeBenchNational(dir, 'bench-national', 205);
  const ws = ['--out', path.join(dir, 'cdktf.out'), '--state-dir', path.join(dir, 'state')];
  try {
    await cli(['deploy', file, '--auto-approve', '--health-timeout', '180', ...ws]);
    const verified = await timedVerify(['verify', file, ...ws]);
    await cli(['destroy', file, '--auto-approve', ...ws]);
    return verified;
  } finally {
    await runCli(['destroy', '--site', 'bench-national', '--auto-approve', ...ws], bufferedContext(process.env));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
