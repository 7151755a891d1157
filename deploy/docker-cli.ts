import { spawnSync, SpawnSyncReturns } from 'child_process';
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
