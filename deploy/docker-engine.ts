import { spawn } from 'child_process';
import * as fs from 'fs';
import { ExternalError } from '../spec/errors';
import { installPath } from '../spec/install-root';
import { engineEnvs } from '../spec/model/docker-engines';
import { Site } from '../spec/site-types.generated';
import { Env } from '../spec/env';
import { DOCKER_TIMEOUT_MS, runDocker } from './docker-cli';

/** Why the engine does not answer. */
export type DockerEngineProblem = 'cli-missing' | 'permission-denied' | 'not-running' | 'timeout' | 'error';

export interface DockerEngineStatus {
  readonly running: boolean;
  /** The server's version (`docker version --format '{{.Server.Version}}'`), when running. */
  readonly version?: string;
  /** What is wrong, one line, when not running. */
  readonly problem?: string;
  /** How to fix it, one line, when not running. */
  readonly fix?: string;
  /** The class of the problem, when not running. */
  readonly reason?: DockerEngineProblem;
}

export interface DockerEngineStatusOptions {
  /** How long to wait for the engine's answer. @default 5000 */
  readonly timeoutMs?: number;
}

const DEFAULT_SOCKET = '/var/run/docker.sock';
const START_HINT = 'run `npm run setup` or scripts/docker-engine.sh start (as root), or sudo systemctl start docker, or set DOCKER_HOST';

/** The first meaningful line of the CLI's output (its WARNING lines are not the answer). */
function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('WARNING')) ?? ''
  );
}

/** The engine the docker CLI talks to, for messages. */
function engineHost(env: Env): string {
  if (env.DOCKER_HOST) return env.DOCKER_HOST;
  if (env.DOCKER_CONTEXT && env.DOCKER_CONTEXT !== 'default') return `docker context ${env.DOCKER_CONTEXT}`;
  return `unix://${DEFAULT_SOCKET}`;
}

/** Sorts the docker CLI's failure into what is wrong and how to fix it. */
export function classifyDockerFailure(output: string, env: Env = process.env): DockerEngineStatus {
  const line = firstLine(output);
  if (/permission denied/i.test(line)) {
    const socket = /daemon socket at unix:\/\/([^:\s]+)/.exec(line)?.[1] ?? DEFAULT_SOCKET;
    return {
      running: false,
      reason: 'permission-denied',
      problem: `permission denied on ${socket}`,
      fix: 'add your user to the docker group (sudo usermod -aG docker $USER) and log in again',
    };
  }
  if (/Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|no such file or directory|connection refused/i.test(line)) {
    const custom = env.DOCKER_HOST && env.DOCKER_HOST !== `unix://${DEFAULT_SOCKET}` && env.DOCKER_HOST !== 'unix:///run/docker.sock';
    return {
      running: false,
      reason: 'not-running',
      problem: `not running (no answer from ${engineHost(env)})`,
      fix: custom ? 'start the engine DOCKER_HOST points at, or unset DOCKER_HOST to use the local one' : START_HINT,
    };
  }
  return {
    running: false,
    reason: 'error',
    problem: line ? `docker version failed: ${line.slice(0, 300)}` : `docker version failed with no output (${engineHost(env)})`,
    fix: START_HINT,
  };
}

/**
 * Whether a Docker engine answers the docker CLI (with `env`: DOCKER_HOST, DOCKER_CONTEXT,
 * PATH), and if not, why. Never throws; waits at most `timeoutMs`.
 */
export function dockerEngineStatus(env: Env = process.env, options: DockerEngineStatusOptions = {}): DockerEngineStatus {
  const timeoutMs = options.timeoutMs ?? DOCKER_TIMEOUT_MS.version;
  const r = runDocker(['version', '--format', '{{.Server.Version}}'], env, timeoutMs);
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES') {
    return { running: false, reason: 'cli-missing', problem: 'docker CLI not found', fix: 'apt-get install docker.io (or install Docker Engine)' };
  }
  if (code === 'ETIMEDOUT' || r.signal) {
    return {
      running: false,
      reason: 'timeout',
      problem: `no answer within ${Math.round(timeoutMs / 100) / 10} s from ${engineHost(env)}`,
      fix: 'check that the engine is healthy (its log), or restart it',
    };
  }
  if (r.error) {
    return {
      running: false,
      reason: 'error',
      problem: `docker CLI failed to run: ${r.error.message}`,
      fix: 'apt-get install docker.io (or install Docker Engine)',
    };
  }
  const version = firstLine(r.stdout ?? '');
  if (r.status === 0 && version) return { running: true, version };
  return classifyDockerFailure(`${r.stderr ?? ''}\n${r.stdout ?? ''}`, env);
}

/** One line: `docker engine: <problem> — <fix>`. */
export function dockerEngineMessage(status: DockerEngineStatus): string {
  if (status.running) return `docker engine: running (${status.version})`;
  return oneLine(`docker engine: ${status.problem}${status.fix ? ` — ${status.fix}` : ''}`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** scripts/docker-engine.sh beside the aisite installation, from source or from dist. */
export function dockerEngineScript(): string | undefined {
  const p = installPath('scripts', 'docker-engine.sh');
  return fs.existsSync(p) ? p : undefined;
}

export interface EnsureDockerEngineOptions {
  /** Start the local engine (scripts/docker-engine.sh start) when it does not answer. */
  readonly start: boolean;
  readonly env?: Env;
  /** Progress lines (the script's messages). @default none */
  readonly log?: (line: string) => void;
  /** Passed to dockerEngineStatus. */
  readonly timeoutMs?: number;
}

/** Runs the script, streaming its stderr lines to `log`; resolves with its exit code and last message. */
function runScript(script: string, env: Env, log: (line: string) => void): Promise<{ code: number | null; last: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [script, 'start'], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let pending = '';
    let last = '';
    const emit = (l: string) => {
      if (!l.trim()) return;
      last = l.trim();
      log(last);
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(emit);
    });
    child.on('error', (e) => resolve({ code: null, last: `bash could not run ${script}: ${e.message}` }));
    child.on('close', (code) => {
      emit(pending);
      resolve({ code, last });
    });
  });
}

/**
 * Makes sure a Docker engine answers. Running: returns its status. Not running and
 * `start`: runs scripts/docker-engine.sh start (installs docker.io and starts dockerd when
 * root), then checks again. Otherwise throws an ExternalError with one line saying what
 * is missing and how to get it.
 */
export async function ensureDockerEngine(options: EnsureDockerEngineOptions): Promise<DockerEngineStatus> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const status = dockerEngineStatus(env, { timeoutMs: options.timeoutMs });
  if (status.running) return status;
  if (!options.start) throw new ExternalError(dockerEngineMessage(status));

  const script = dockerEngineScript();
  if (!script) {
    throw new ExternalError(oneLine(`${dockerEngineMessage(status)} (scripts/docker-engine.sh not found beside aisite to start it)`));
  }
  const { code, last } = await runScript(script, env, log);
  if (code !== 0) {
    const msg = last.startsWith('docker engine:') ? last : `docker engine: ${last || `scripts/docker-engine.sh start exited with ${code}`}`;
    throw new ExternalError(oneLine(msg));
  }
  const after = dockerEngineStatus(env, { timeoutMs: options.timeoutMs });
  if (!after.running) throw new ExternalError(dockerEngineMessage(after));
  return after;
}

/**
 * Checks every engine the sites use besides the environment's own (spec.dockerHost of a
 * site, dockerHost of a cabinet): each must answer, or one line names the first that does
 * not, with the cabinets placed there. Run before anything is created.
 */
export function ensureSiteEngines(
  sites: ReadonlyArray<{ readonly name: string; readonly spec: Site }>,
  env: Env = process.env,
  options: DockerEngineStatusOptions = {},
): void {
  const checked = new Set<string>();
  for (const site of sites) {
    for (const e of engineEnvs(site.spec.spec, env)) {
      if (e.env === env) continue; // the environment's engine: checked (or started) already
      const key = `${e.env.DOCKER_HOST ?? ''}\n${e.env.DOCKER_CERT_PATH ?? ''}`;
      if (checked.has(key)) continue;
      checked.add(key);
      const s = dockerEngineStatus(e.env, options);
      if (s.running) continue;
      const who = e.index === 0 ? `site ${site.name}` : `cabinet${e.cabinets.length === 1 ? '' : 's'} ${e.cabinets.join(', ')} of ${site.name}`;
      const why = s.reason === 'not-running' ? 'does not answer' : `does not answer (${s.problem})`;
      throw new ExternalError(
        oneLine(`docker engine ${e.host} of ${who} ${why} — start it, or fix dockerHost${e.env.DOCKER_CERT_PATH ? '/dockerCertPath' : ''} in the spec`),
      );
    }
  }
}
