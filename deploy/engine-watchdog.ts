import { execFile } from 'child_process';
import { ExternalError } from '../spec/errors';
import { Env } from '../spec/env';

/** The Docker engine stopped answering while an operation ran. */
export class EngineHangError extends ExternalError {}

export interface EngineWatchdogOptions {
  readonly env?: Env;
  /** Time between probes. @default 20000 */
  readonly intervalMs?: number;
  /** How long a probe may take before the engine counts as hung. @default 15000 */
  readonly timeoutMs?: number;
  /** Called once, with one line saying what did not answer and what to do. */
  readonly onHang: (error: EngineHangError) => void;
}

/** The probes: a deadlocked libnetwork blocks `network ls`, stuck containers block `ps`. */
const PROBES: ReadonlyArray<readonly string[]> = [
  ['network', 'ls', '-q'],
  ['ps', '-q'],
];

/**
 * Probes the engine while Terraform works on it: Terraform keeps printing "still
 * creating" forever when the engine hangs, so only asking the engine tells. Probes that
 * fail for other reasons (engine gone, CLI missing) are left to the operation to report.
 */
export function watchEngine(opts: EngineWatchdogOptions): { stop(): void } {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  let stopped = false;
  let busy = false;
  const probe = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      for (const args of PROBES) {
        const hung = await timesOut(args, timeoutMs, opts.env);
        if (hung && !stopped) {
          stopped = true;
          clearInterval(timer);
          opts.onHang(engineHang(args, timeoutMs));
          return;
        }
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void probe(), opts.intervalMs ?? 20_000);
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}

export function engineHang(args: readonly string[], timeoutMs: number): EngineHangError {
  return new EngineHangError(
    `docker engine stopped answering (\`docker ${args.slice(0, 2).join(' ')}\` gave no answer within ${Math.round(timeoutMs / 1000)} s); ` +
      'Docker 20.10 before 20.10.27 can deadlock when containers go (moby/moby#46661): restart it with scripts/docker-engine.sh restart, then run the same command again',
  );
}

function timesOut(args: readonly string[], timeoutMs: number, env: Env | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('docker', [...args], { timeout: timeoutMs, killSignal: 'SIGKILL', env: (env ?? process.env) as NodeJS.ProcessEnv }, (error) => {
      resolve(error !== null && (error as NodeJS.ErrnoException & { killed?: boolean }).killed === true);
    });
  });
}
