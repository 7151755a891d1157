import { spawn, spawnSync, SpawnSyncReturns } from 'child_process';
import { Env } from '../spec/env';

/** How long one docker CLI call may take before the engine counts as hung, by kind of call. */
export const DOCKER_TIMEOUT_MS = {
  /** Any call that reads or changes objects. */
  call: 60_000,
  /** Listing or disconnecting a network's endpoints while removing it. */
  endpoints: 30_000,
  /** `docker version`: whether an engine answers at all. */
  version: 5_000,
} as const;

/** Output kept from one call (inspect of a large site). */
const MAX_BUFFER = 64 * 1024 * 1024;

/** The one way aisite runs the docker CLI synchronously: its environment, a named time limit. */
export function runDocker(args: readonly string[], env: Env, timeoutMs: number = DOCKER_TIMEOUT_MS.call): SpawnSyncReturns<string> {
  return spawnSync('docker', args, { encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: timeoutMs, maxBuffer: MAX_BUFFER, killSignal: 'SIGKILL' });
}

/** What an asynchronous docker call gives back: as spawnSync's result, without the buffers. */
export interface DockerRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The CLI could not be started (ENOENT), or ran past its limit (ETIMEDOUT). */
  readonly error?: NodeJS.ErrnoException;
}

/**
 * runDocker without blocking: other sites' work (Terraform's output, their own docker
 * calls) goes on meanwhile. For the calls a run of many sites makes one after another.
 */
export function runDockerAsync(args: readonly string[], env: Env, timeoutMs: number = DOCKER_TIMEOUT_MS.call): Promise<DockerRun> {
  return new Promise((resolve) => {
    const child = spawn('docker', args, { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let error: NodeJS.ErrnoException | undefined;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      error = Object.assign(new Error(`docker ${args[0]} timed out`), { code: 'ETIMEDOUT' });
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => (error = e));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code, stdout, stderr, ...(error ? { error } : {}) });
    });
  });
}
