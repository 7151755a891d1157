import { StateBackendPlan } from '../spec/model/state-backend';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ExternalError } from '../spec/errors';
import { providerMirror } from '../stacks/provider-mirror';
import { EngineHangError, EngineWatchdogOptions, watchEngine } from './engine-watchdog';
import { Env } from '../spec/env';
import { FaultContext, terraformFault } from './terraform-faults';
import { clearInitStamp, initIsCurrent, initStamp, writeInitStamp } from './init-stamp';

/** One line of Terraform's machine-readable output (`-json`). */
export interface TerraformMessage {
  readonly '@level'?: string;
  readonly '@message'?: string;
  readonly type?: string;
  readonly hook?: { readonly resource?: { readonly addr?: string }; readonly action?: string; readonly elapsed_seconds?: number; readonly error?: string };
  readonly change?: { readonly resource?: { readonly addr?: string }; readonly action?: string };
  readonly changes?: { readonly add: number; readonly change: number; readonly remove: number; readonly operation: string };
  readonly diagnostic?: { readonly severity?: string; readonly summary?: string; readonly detail?: string; readonly address?: string };
}

export interface TerraformResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Error diagnostics, one line each. */
  readonly errors: string[];
  /** Non-JSON output (init, or a crash), for error messages. */
  readonly text: string;
  /**
   * The whole detail of every error diagnostic (`errors` keeps the first line only): what
   * a machine fault is recognized by, such as a damaged state behind "Error acquiring the
   * state lock" (deploy/terraform-faults.ts).
   */
  readonly details: string;
}

/** The terraform binary on PATH, or an ExternalError saying how to get it. */
export function findTerraform(env: Env = process.env): string {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'terraform');
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  throw new ExternalError('terraform not found on PATH — install Terraform 1.5 or later (https://developer.hashicorp.com/terraform/install)');
}

/**
 * Go's garbage-collection target (GOGC) for Terraform and the provider it starts, when the
 * environment sets none. Each run lives a few seconds; at Go's default of 100 a third of
 * its CPU goes to collecting. At 400 a site's `terraform plan` costs 0.48 s of CPU instead
 * of 0.66 s, and a national center's 3.4 s instead of 4.4 s, for at most 180 MB of memory
 * instead of 120 MB (docs/decisions.md, decision 39).
 */
export const TERRAFORM_GOGC = '400';

/**
 * The environment Terraform runs with: no prompts, automation output, the local provider
 * mirror when it is built (so no registry is needed), and TERRAFORM_GOGC unless GOGC is set.
 */
export function terraformEnv(env: Env = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  out.TF_IN_AUTOMATION = '1';
  out.TF_INPUT = '0';
  if (!out.GOGC) out.GOGC = TERRAFORM_GOGC;
  const mirror = providerMirror(env);
  if (mirror.ready) out.TF_CLI_CONFIG_FILE = mirror.cliConfig;
  else if (out.TF_CLI_CONFIG_FILE && !fs.existsSync(out.TF_CLI_CONFIG_FILE)) delete out.TF_CLI_CONFIG_FILE;
  return out;
}

export interface RunOptions {
  readonly dir: string;
  readonly env?: Env;
  /** Called for each JSON message (commands run with -json). */
  readonly onMessage?: (m: TerraformMessage) => void;
  /** Aborting sends Terraform one SIGINT, so it stops gracefully and releases its lock. */
  readonly signal?: AbortSignal;
  /**
   * Probe the Docker engine while Terraform runs; when it hangs, Terraform would wait
   * forever, so it is killed and the run fails with an EngineHangError.
   * `true` probes at the watchdog's defaults. @default false
   */
  readonly watchEngine?: boolean | Pick<EngineWatchdogOptions, 'intervalMs' | 'timeoutMs'>;
}

/** Another run holds the site's state lock. */
export class StateLockedError extends ExternalError {}

/** True when Terraform failed because another run holds the state lock. */
export function isLockError(errors: readonly string[]): boolean {
  return errors.some((e) => e.startsWith('Error acquiring the state lock'));
}

/**
 * Terraform's words when another run holds the state lock, as one line saying what to do
 * (the lock info Terraform prints is the would-be holder's, not the holder's, for pg).
 */
export function explainErrors(site: string, errors: readonly string[], backend: StateBackendPlan['kind'] = 'local'): string {
  return isLockError(errors) ? lockedMessage(site, backend) : errors.join('; ');
}

/**
 * One line: another run holds the site's state lock, and what to do. A local state's lock
 * is the holder's file lock and ends with its process; only a PostgreSQL session can
 * outlive its run, and `aisite unlock` ends it.
 */
export function lockedMessage(site: string, backend: StateBackendPlan['kind'] = 'local'): string {
  const stale =
    backend === 'pg'
      ? `if that run died: aisite unlock --site ${site}`
      : 'the lock of a local state ends with the run that holds it (look for a terraform process of this site)';
  const where = backend === 'pg' ? 'maybe on another machine' : 'from this state folder';
  return `the state of ${site} is locked by another run (a plan, deploy or destroy of the same site, ${where}); wait for it, or pass --lock-timeout SECONDS to wait; ${stale}`;
}

/** Terraform's own environment variables that add -lock-timeout to every locking command. */
export function lockTimeoutEnv(seconds: number): Record<string, string> {
  if (!(seconds > 0)) return {};
  const arg = `-lock-timeout=${Math.round(seconds)}s`;
  return { TF_CLI_ARGS_plan: arg, TF_CLI_ARGS_apply: arg, TF_CLI_ARGS_destroy: arg, TF_CLI_ARGS_refresh: arg };
}

/**
 * Terraform's -parallelism for a run that removes containers: one at a time. Docker 20.10
 * before 20.10.27 (Debian 12 ships 20.10.24) can deadlock when endpoints of several
 * containers on one network are deleted at once (moby/moby#46661, fixed by
 * moby/libnetwork#2679); creating in parallel is safe.
 */
export const SERIAL_REMOVALS: readonly string[] = ['-parallelism=1'];

/**
 * Terraform's -parallelism for a run that removes no container: wide enough for a whole
 * national center in one round. The provider waits 2 s before it creates, reads or removes
 * each network and volume, even one already gone (kreuzwerker/docker 4.6.0's refresh
 * delay): at 32, a center's 200 backbones waited 7 rounds, 14 s, in a deploy and again in
 * a destroy; at 256 they wait once, and dockerd's own pace sets the time (decision 39).
 */
export const BULK_PARALLELISM: readonly string[] = ['-parallelism=256'];

/** SERIAL_REMOVALS when a plan removes anything, else BULK_PARALLELISM. */
export function parallelismFor(removes: number): readonly string[] {
  return removes > 0 ? SERIAL_REMOVALS : BULK_PARALLELISM;
}

/** util-linux's setpriv, which sets the signal a process gets when its parent dies (Linux). */
export const SETPRIV_PATHS: readonly string[] = ['/usr/bin/setpriv', '/bin/setpriv'];

let supervisorPath: string | null | undefined;

/** setpriv when this machine has it (undefined elsewhere: Terraform is then started directly). */
export function parentDeathSupervisor(): string | undefined {
  if (supervisorPath === undefined) supervisorPath = process.platform === 'linux' ? (SETPRIV_PATHS.find((p) => fs.existsSync(p)) ?? null) : null;
  return supervisorPath ?? undefined;
}

/**
 * Runs terraform in a stack folder, in its own process group (so a terminal's Ctrl-C
 * reaches aisite alone, and aisite forwards exactly one interrupt: two make Terraform
 * exit at once without saving state).
 */
export function runTerraform(args: readonly string[], opts: RunOptions): Promise<TerraformResult> {
  const bin = findTerraform(opts.env ?? process.env);
  return new Promise((resolve, reject) => {
    // PGAPPNAME names Terraform's PostgreSQL session (pg backend), so `aisite unlock` can
    // tell which site and run holds a state lock.
    const env = { PGAPPNAME: `aisite/${path.basename(opts.dir)}/${process.pid}`, ...terraformEnv(opts.env) };
    // Through setpriv --pdeathsig: when aisite dies (even kill -9), the kernel interrupts
    // Terraform once, as Ctrl-C would, instead of leaving it to run on unsupervised.
    const supervisor = parentDeathSupervisor();
    const child = supervisor
      ? spawn(supervisor, ['--pdeathsig', 'INT', '--', bin, ...args], { cwd: opts.dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      : spawn(bin, args, { cwd: opts.dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const errors: string[] = [];
    let text = '';
    let details = '';
    let buf = '';
    const onAbort = () => {
      try {
        child.kill('SIGINT');
      } catch {
        // already gone
      }
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    let hang: EngineHangError | undefined;
    const watchdog = opts.watchEngine
      ? watchEngine({
          ...(opts.watchEngine === true ? {} : opts.watchEngine),
          env: opts.env,
          onHang: (e) => {
            hang = e;
            try {
              process.kill(-(child.pid ?? 0), 'SIGKILL'); // the whole group: Terraform and its provider
            } catch {
              // already gone
            }
          },
        })
      : undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        handleLine(line);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      text += chunk;
    });
    function handleLine(line: string) {
      if (!line.startsWith('{')) {
        text += line + '\n';
        return;
      }
      let m: TerraformMessage;
      try {
        m = JSON.parse(line) as TerraformMessage;
      } catch {
        text += line + '\n';
        return;
      }
      if (m.type === 'diagnostic' && m.diagnostic?.severity === 'error') {
        details += `${m.diagnostic.summary ?? ''}\n${m.diagnostic.detail ?? ''}\n`;
        errors.push(
          `${m.diagnostic.summary ?? 'error'}${m.diagnostic.detail ? `: ${firstLine(m.diagnostic.detail)}` : ''}${m.diagnostic.address ? ` (${m.diagnostic.address})` : ''}`,
        );
      }
      opts.onMessage?.(m);
    }
    child.on('error', (e) => reject(new ExternalError(`cannot run terraform: ${e.message}`)));
    child.on('close', (code, signal) => {
      watchdog?.stop();
      if (buf) handleLine(buf);
      opts.signal?.removeEventListener('abort', onAbort);
      if (hang) reject(hang);
      else resolve({ code, signal, errors, text, details });
    });
  });
}

/**
 * `terraform init` unless the folder is already initialized for the same config (its
 * stamp matches: deploy/init-stamp.ts). `-reconfigure`: init results synth carried over
 * may be for another backend path (another --state-dir), which is set up anew, never
 * migrated, as in a new folder.
 */
export async function terraformInit(dir: string, env?: Env, fault?: FaultContext): Promise<void> {
  const stamp = initStamp(dir, findTerraform(env ?? process.env), terraformEnv(env), env ?? process.env);
  if (initIsCurrent(dir, stamp)) return;
  clearInitStamp(dir);
  const r = await runTerraform(['init', '-input=false', '-no-color', '-reconfigure'], { dir, env });
  if (r.code === 0) writeInitStamp(dir, stamp);
  if (r.code !== 0) {
    // init reads the state too: a damaged state or a broken provider is said as such.
    const machine = fault ? terraformFault(r.errors, `${r.text}\n${r.details}`, fault) : undefined;
    if (machine) throw machine.error;
    const hint = /registry\.terraform\.io|Failed to query available provider/.test(r.text)
      ? ' — the Terraform registry is unreachable: build the local provider mirror with `npm run setup` (scripts/provider-mirror.sh)'
      : '';
    throw new ExternalError(`terraform init failed in ${dir}: ${summarize(r.text)}${hint}`);
  }
}

interface StateModule {
  readonly resources?: ReadonlyArray<{ readonly values?: { readonly id?: unknown } }>;
  readonly child_modules?: readonly StateModule[];
}

/** A local state file (format version 4), as far as its resource ids go. */
interface LocalState {
  readonly version?: number;
  readonly resources?: ReadonlyArray<{ readonly instances?: ReadonlyArray<{ readonly attributes?: { readonly id?: unknown } }> }>;
}

/**
 * The ids in a stack's local state file, read directly: `terraform show` starts the
 * provider to load its schema (about a second, docs/performance.md). Undefined when the
 * stack's backend is not local or the file is not a version 4 state (then Terraform reads it).
 */
export function localStateIds(dir: string): Set<string> | undefined {
  let file: unknown;
  try {
    file = (JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) as { terraform?: { backend?: { local?: { path?: unknown } } } }).terraform
      ?.backend?.local?.path;
  } catch {
    return undefined;
  }
  if (typeof file !== 'string') return undefined;
  let state: LocalState;
  try {
    state = JSON.parse(fs.readFileSync(path.resolve(dir, file), 'utf8')) as LocalState;
  } catch (e) {
    // No state yet holds no ids; a file being written or damaged is left to Terraform.
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? new Set() : undefined;
  }
  if (state.version !== 4) return undefined;
  const ids = new Set<string>();
  for (const res of state.resources ?? [])
    for (const inst of res.instances ?? []) if (typeof inst.attributes?.id === 'string' && inst.attributes.id) ids.add(inst.attributes.id);
  return ids;
}

/** The ids of every resource instance in a stack's state (the local file, else `terraform show -json`; init first). */
export async function terraformStateIds(dir: string, env?: Env): Promise<Set<string>> {
  const local = localStateIds(dir);
  if (local) return local;
  let doc: { values?: { root_module?: StateModule } } | undefined;
  const r = await runTerraform(['show', '-json', '-no-color'], { dir, env, onMessage: (m) => (doc = m as typeof doc) });
  if (r.code !== 0) throw new ExternalError(`terraform show failed in ${dir}: ${r.errors.join('; ') || summarize(r.text)}`);
  const ids = new Set<string>();
  const walk = (mod: StateModule | undefined): void => {
    for (const res of mod?.resources ?? []) if (typeof res.values?.id === 'string' && res.values.id) ids.add(res.values.id);
    for (const child of mod?.child_modules ?? []) walk(child);
  };
  walk(doc?.values?.root_module);
  return ids;
}

/** The terraform version line, for reports. */
export function terraformVersion(env?: Env): string {
  const r = spawnSync(findTerraform(env), ['version', '-json'], { encoding: 'utf8', env: terraformEnv(env) });
  try {
    return (JSON.parse(r.stdout) as { terraform_version: string }).terraform_version;
  } catch {
    return 'unknown';
  }
}

/** The first meaningful error line of Terraform's human output. */
export function summarize(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[│╷╵\s]+/, '').trim())
    .filter(Boolean);
  const err = lines.find((l) => /^Error:/.test(l));
  if (err) {
    const i = lines.indexOf(err);
    return [err, lines[i + 1]].filter(Boolean).join(' ').slice(0, 400);
  }
  return (lines[lines.length - 1] ?? 'no output').slice(0, 400);
}

function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? ''
  );
}
