import { Engine, hasEnded, isReady, listContainers, listServices, LiveContainer, LiveService } from './docker-objects';
import { ExpectedSite } from './expected-site';
import { Env } from '../spec/env';

export interface HealthOptions {
  /** Give up after this many seconds. @default 60 */
  readonly timeoutSeconds?: number;
  /** Poll interval in ms. @default HEALTH_POLL_MS */
  readonly intervalMs?: number;
  readonly env?: Env;
  /** Every engine the site's containers run on (the site's own first). @default the one of `env` */
  readonly engines?: readonly Engine[];
  /** Stops waiting (resolves at once) when aborted, e.g. by Ctrl-C. */
  readonly signal?: AbortSignal;
}

/**
 * How often deploy looks at the containers' health, ms: a wait ends on average half an
 * interval after the last container turned healthy, and each look is one `docker ps` and
 * one `docker inspect` (docs/performance.md).
 */
export const HEALTH_POLL_MS = 200;

/** Thrown when containers are not healthy in time; names them. */
export class UnhealthyError extends Error {}

/**
 * Waits until every expected container runs and reports healthy (the node image's
 * healthcheck; a container without one, at programme fidelity, once it runs) and every expected swarm service runs all its replicas (Swarm counts a
 * task as running once its healthcheck passes), or fails naming the ones that are not.
 * Returns the milliseconds waited (also when `signal` aborts the wait: the caller checks
 * the signal).
 */
export async function waitHealthy(expected: ExpectedSite, opts: HealthOptions = {}): Promise<number> {
  const timeout = (opts.timeoutSeconds ?? 60) * 1000;
  const started = Date.now();
  for (;;) {
    if (opts.signal?.aborted) return Date.now() - started;
    const engines = opts.engines ?? [{ host: '', env: opts.env ?? process.env }];
    const live = new Map(engines.flatMap((e) => listContainers(expected.site, e.env)).map((c) => [c.name, c]));
    const bad = expected.containers.map((e) => ({ name: e.name, c: live.get(e.name) })).filter(({ c }) => !c || !isReady(c));
    const services = expected.services?.length ? new Map(listServices(expected.site, engines[0].env).map((s) => [s.name, s])) : new Map<string, LiveService>();
    const short = (expected.services ?? []).map((e) => ({ e, s: services.get(e.name) })).filter(({ e, s }) => !s || s.running < e.replicas);
    if (bad.length === 0 && short.length === 0) return Date.now() - started;
    // A container that has stopped stays stopped (no restart policy): waiting longer only delays the failure.
    const ended = bad.flatMap(({ name, c }) => (c && hasEnded(c) ? [{ name, c }] : []));
    if (ended.length) {
      const list = containerList(ended, ({ name, c }) => `${name} (${describeEnd(c)})`);
      throw new UnhealthyError(
        `${list.count} of ${expected.site} stopped and will not start again by itself: ${list.names} — see \`docker logs\`; deploy again to recreate ${ended.length === 1 ? 'it' : 'them'}`,
      );
    }
    if (Date.now() - started > timeout) {
      const after = `after ${opts.timeoutSeconds ?? 60}s`;
      const list = containerList(bad, ({ name, c }) => `${name} (${c ? `${c.state}, ${c.health}` : 'missing'})`);
      const containers = bad.length ? `${list.count} of ${expected.site} not healthy ${after}: ${list.names}` : '';
      const svc = short.map(({ e, s }) => (s ? `${e.name} ${s.running}/${e.replicas} running${taskError(s)}` : `${e.name} missing`)).join(', ');
      const servicesLine = short.length ? `${short.length} service${short.length === 1 ? '' : 's'} of ${expected.site} not converged ${after}: ${svc}` : '';
      throw new UnhealthyError([containers, servicesLine].filter(Boolean).join('; '));
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? HEALTH_POLL_MS));
  }
}

/** "2 containers", and the first ten of them described, "a (…), b (…)", with "…" past ten. */
function containerList<T>(items: readonly T[], describe: (item: T) => string): { readonly count: string; readonly names: string } {
  const names = items.slice(0, 10).map(describe).join(', ') + (items.length > 10 ? ', …' : '');
  return { count: `${items.length} container${items.length === 1 ? '' : 's'}`, names };
}

/** "exited 137, killed for memory at its 54 MB limit" */
function describeEnd(c: Pick<LiveContainer, 'state' | 'ended'>): string {
  const e = c.ended;
  if (!e) return c.state;
  return `${c.state} ${e.exitCode}${e.oomKilled ? `, killed for memory at its ${Math.round(e.memoryBytes / 1024 ** 2)} MB limit` : ''}`;
}

/** Why a service's tasks do not run, from its newest task error, with the usual fix. */
function taskError(s: LiveService): string {
  const err = [...s.tasks].reverse().find((t) => t.error)?.error;
  if (!err) return '';
  const hint = /no suitable node/.test(err)
    ? ` — a node needs the label and generic resources the service asks for: ${s.constraints.join(', ')}${s.genericResources.length ? `, ${s.genericResources.join(', ')} per task (dockerd --node-generic-resource)` : ''}`
    : '';
  return ` (${err}${hint})`;
}
