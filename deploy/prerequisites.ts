import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { findBusybox } from '../constructs/private/node-image-context';
import { providerMirror } from '../stacks/provider-mirror';
import { dockerEngineStatus } from './docker-engine';
import { Env } from '../spec/env';

/** One thing `deploy` needs, checked. */
export interface Prerequisite {
  readonly name: string;
  readonly ok: boolean;
  /** What was found (a version, a path) or what is wrong. */
  readonly detail: string;
  /** How to get it, when not ok. */
  readonly fix?: string;
}

const MIN_TERRAFORM = [1, 5];
const MIN_NODE = [20, 0];
const MIN_GO = [1, 21];

function atLeast(version: string, min: readonly number[]): boolean {
  const parts = version.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < min.length; i++) {
    if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) > min[i];
  }
  return true;
}

function run(cmd: string, args: string[], env: Env): { ok: boolean; missing: boolean; out: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...env, CHECKPOINT_DISABLE: '1' } as NodeJS.ProcessEnv, timeout: 10_000 });
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  return { ok: !r.error && r.status === 0, missing: code === 'ENOENT' || code === 'EACCES', out: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
}

export function checkNode(version = process.versions.node): Prerequisite {
  return atLeast(version, MIN_NODE)
    ? { name: 'node', ok: true, detail: version }
    : { name: 'node', ok: false, detail: `${version} is too old`, fix: 'install Node.js 20 or later (https://nodejs.org)' };
}

export function checkTerraform(env: Env = process.env): Prerequisite {
  const fix = 'install Terraform 1.5 or later (https://developer.hashicorp.com/terraform/install)';
  const r = run('terraform', ['version', '-json'], env);
  if (r.missing) return { name: 'terraform', ok: false, detail: 'not found on PATH', fix };
  let version: string | undefined;
  try {
    const start = r.out.indexOf('{');
    version = start >= 0 ? (JSON.parse(r.out.slice(start, r.out.lastIndexOf('}') + 1)) as { terraform_version?: string }).terraform_version : undefined;
  } catch {
    version = undefined;
  }
  version ??= /Terraform v(\d+\.\d+\.\d+\S*)/.exec(r.out)?.[1];
  if (!version) return { name: 'terraform', ok: false, detail: `\`terraform version\` failed: ${r.out.trim().split('\n')[0] || 'no output'}`, fix };
  if (!atLeast(version, MIN_TERRAFORM)) return { name: 'terraform', ok: false, detail: `${version} is too old`, fix };
  return { name: 'terraform', ok: true, detail: version };
}

export function checkDockerEngine(env: Env = process.env): Prerequisite {
  const s = dockerEngineStatus(env);
  return s.running
    ? { name: 'docker engine', ok: true, detail: s.version ?? 'running' }
    : { name: 'docker engine', ok: false, detail: s.problem ?? 'not running', fix: s.fix };
}

/** Whether an ELF file asks for a dynamic loader (has a PT_INTERP program header). */
export function isDynamicElf(file: string): boolean | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(64);
    if (fs.readSync(fd, head, 0, 64, 0) < 52 || head.readUInt32BE(0) !== 0x7f454c46) return undefined;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const phoff = is64 ? Number(le ? head.readBigUInt64LE(32) : head.readBigUInt64BE(32)) : u32(head, 28);
    const phentsize = u16(head, is64 ? 54 : 42);
    const phnum = u16(head, is64 ? 56 : 44);
    const table = Buffer.alloc(phentsize * phnum);
    fs.readSync(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) if (u32(table, i * phentsize) === 3 /* PT_INTERP */) return true;
    return false;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function checkBusybox(env: Env = process.env): Prerequisite {
  const name = 'static busybox';
  const fix = 'apt-get install busybox-static, or set AISITE_BUSYBOX to a statically linked busybox';
  const found = findBusybox(env);
  if (!found) {
    const where = env.AISITE_BUSYBOX ? `AISITE_BUSYBOX=${env.AISITE_BUSYBOX} does not exist` : 'not found at /bin/busybox or /usr/bin/busybox';
    return { name, ok: false, detail: `${where} (the node image is built from it)`, fix };
  }
  if (isDynamicElf(found)) {
    return { name, ok: false, detail: `${found} is dynamically linked (the node image is FROM scratch, it needs a static one)`, fix };
  }
  return { name, ok: true, detail: found };
}

/** `go version` → "1.22.3", or undefined when there is no usable go. */
function goVersion(env: Env): string | undefined {
  const r = run('go', ['version'], env);
  if (!r.ok) return undefined;
  return /go version go(\d+(?:\.\d+)*)/.exec(r.out)?.[1];
}

export function checkProviderMirror(env: Env = process.env): Prerequisite {
  const name = 'provider mirror';
  const mirror = providerMirror(env);
  if (mirror.ready) return { name, ok: true, detail: mirror.dir };
  const detail = `kreuzwerker/docker not built at ${mirror.dir} (required where registry.terraform.io is unreachable)`;
  const go = goVersion(env);
  if (go && atLeast(go, MIN_GO)) return { name, ok: false, detail, fix: 'run scripts/provider-mirror.sh (about 5 minutes, once)' };
  const why = go ? `Go ${go} is too old and there is no provider mirror` : 'no Go and no provider mirror';
  return {
    name,
    ok: false,
    detail,
    fix: `${why}: Debian 12's golang-go (1.19) is too old; install Go 1.21 or later (go.dev/dl, or Go's toolchain module from the Go module proxy, see docs/docker-engine.md) and run scripts/provider-mirror.sh (about 5 minutes, once), or copy a built mirror (docs/provider-mirror.md)`,
  };
}

/** Everything `aisite deploy` needs on this machine, in the order a newcomer fixes it. */
export function checkPrerequisites(env: Env = process.env): Prerequisite[] {
  return [checkNode(), checkTerraform(env), checkDockerEngine(env), checkBusybox(env), checkProviderMirror(env)];
}

/** One line per prerequisite: `✔ terraform 1.11.4`, `✖ docker engine: … — fix: …`. */
export function formatPrerequisites(list: readonly Prerequisite[]): string {
  return list.map((p) => (p.ok ? `✔ ${p.name} ${p.detail}` : `✖ ${p.name}: ${p.detail}${p.fix ? ` — fix: ${p.fix}` : ''}`)).join('\n') + '\n';
}
