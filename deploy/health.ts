import { listContainers } from './docker-objects';
import { ExpectedSite } from './expected-site';

type Env = Readonly<Record<string, string | undefined>>;

export interface HealthOptions {
  /** Give up after this many seconds. @default 60 */
  readonly timeoutSeconds?: number;
  /** Poll interval in ms. @default 500 */
  readonly intervalMs?: number;
  readonly env?: Env;
  /** Stops waiting (resolves at once) when aborted, e.g. by Ctrl-C. */
  readonly signal?: AbortSignal;
}

/** Thrown when containers are not healthy in time; names them. */
export class UnhealthyError extends Error {}

/**
 * Waits until every expected container runs and reports healthy (the node image's
 * healthcheck), or fails naming the ones that are not. Returns the milliseconds waited
 * (also when `signal` aborts the wait: the caller checks the signal).
 */
export async function waitHealthy(expected: ExpectedSite, opts: HealthOptions = {}): Promise<number> {
  const timeout = (opts.timeoutSeconds ?? 60) * 1000;
  const started = Date.now();
  for (;;) {
    if (opts.signal?.aborted) return Date.now() - started;
    const live = new Map(listContainers(expected.site, opts.env).map((c) => [c.name, c]));
    const bad = expected.containers
      .map((e) => ({ name: e.name, c: live.get(e.name) }))
      .filter(({ c }) => !c || c.state !== 'running' || c.health !== 'healthy');
    if (bad.length === 0) return Date.now() - started;
    if (Date.now() - started > timeout) {
      const list = bad.slice(0, 10).map(({ name, c }) => `${name} (${c ? `${c.state}, ${c.health}` : 'missing'})`).join(', ');
      throw new UnhealthyError(`${bad.length} container${bad.length === 1 ? '' : 's'} of ${expected.site} not healthy after ${opts.timeoutSeconds ?? 60}s: ${list}${bad.length > 10 ? ', …' : ''}`);
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 500));
  }
}

