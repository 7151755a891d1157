import { Backbone } from '../spec/model/backbone';
import { docker } from './docker-objects';
import { OperationIo, SiteResult } from './deploy';
import { Env } from '../spec/env';

/** Outcomes a dependent site may follow: anything else stops it. */
const GOOD = new Set<SiteResult['outcome']>(['deployed', 'unchanged']);

export interface ScheduleOptions {
  /** Sites run at the same time at most. @default 1 */
  readonly parallel?: number;
  /** Aborted: no further site starts. */
  readonly signal?: AbortSignal;
  /** Called as each site ends, with how many have ended. */
  readonly onDone?: (result: SiteResult, done: number, total: number) => void;
}

/**
 * Runs `run` for every site in dependency order: a site starts once every site it depends
 * on (among the given ones) has deployed; independent sites run side by side, at most
 * `parallel` at once. A site whose dependency did not deploy is skipped, saying which;
 * the others go on. Results come back in the order the sites were given.
 */
export async function runInOrder(
  sites: readonly string[],
  dependencies: ReadonlyMap<string, ReadonlySet<string>>,
  run: (site: string) => Promise<SiteResult>,
  opts: ScheduleOptions = {},
): Promise<SiteResult[]> {
  const parallel = Math.max(1, Math.floor(opts.parallel ?? 1));
  const given = new Set(sites);
  const deps = new Map(sites.map((s) => [s, [...(dependencies.get(s) ?? [])].filter((d) => given.has(d))] as const));
  const results = new Map<string, SiteResult>();
  const running = new Set<string>();
  let done = 0;

  const finish = (r: SiteResult) => {
    results.set(r.site, r);
    done += 1;
    opts.onDone?.(r, done, sites.length);
  };

  return new Promise((resolve, reject) => {
    const pump = () => {
      for (const site of sites) {
        if (results.has(site) || running.has(site)) continue;
        const failed = deps.get(site)!.find((d) => results.has(d) && !GOOD.has(results.get(d)!.outcome));
        if (failed) {
          finish({
            site,
            outcome: 'skipped',
            message: `not deployed: it attaches to the backbone of ${failed}, which ${describe(results.get(failed)!)}`,
            seconds: 0,
          });
          continue;
        }
        if (opts.signal?.aborted) {
          finish({ site, outcome: 'skipped', message: 'not deployed: interrupted before it started', seconds: 0 });
          continue;
        }
        if (running.size >= parallel || !deps.get(site)!.every((d) => results.has(d))) continue;
        running.add(site);
        run(site).then(
          (r) => {
            running.delete(site);
            finish(r);
            pump();
          },
          (e: unknown) => {
            running.delete(site);
            reject(e);
          },
        );
      }
      if (results.size === sites.length) resolve(sites.map((s) => results.get(s)!));
    };
    pump();
  });
}

function describe(r: SiteResult): string {
  switch (r.outcome) {
    case 'skipped':
      return 'was skipped';
    case 'declined':
      return 'was not confirmed';
    case 'interrupted':
      return 'was interrupted';
    default:
      return 'failed';
  }
}

/**
 * The backbones `site` attaches to whose owner is not deployed in this run and whose
 * network does not exist: the site would fail in Terraform with "network not found".
 */
export function missingBackbones(site: string, backbones: readonly Backbone[], deployedNow: ReadonlySet<string>, env: Env): Backbone[] {
  const needed = backbones.filter((b) => b.sites.includes(site) && b.owner !== site && !deployedNow.has(b.owner));
  if (!needed.length) return [];
  const existing = new Set(docker(['network', 'ls', '--format', '{{.Name}}'], env).split('\n').filter(Boolean));
  return needed.filter((b) => !existing.has(b.name));
}

/** An io whose lines name the site, for sites deploying side by side; no terminal bar. */
export function siteIo(io: OperationIo, site: string): OperationIo {
  let partial = '';
  const out = (text: string) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) io.out(line.startsWith(`${site}:`) || !line.trim() ? `${line}\n` : `${site}: ${line.trimStart()}\n`);
  };
  return { ...io, out, isTTY: false };
}
