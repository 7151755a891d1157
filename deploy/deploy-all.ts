import { Backbone } from '../spec/model/backbone';
import { docker } from './docker-objects';
import { OperationIo, SiteResult } from './deploy';
import { Env } from '../spec/env';
import { schedule } from './schedule';

/** Outcomes a dependent site may follow: anything else stops it. */
const GOOD = new Set<SiteResult['outcome']>(['deployed', 'unchanged']);

export interface RunInOrderOptions {
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
export function runInOrder(
  sites: readonly string[],
  dependencies: ReadonlyMap<string, ReadonlySet<string>>,
  run: (site: string) => Promise<SiteResult>,
  opts: RunInOrderOptions = {},
): Promise<SiteResult[]> {
  return schedule(sites, dependencies, run, {
    ...opts,
    blockedBy: (site, dep) =>
      GOOD.has(dep.outcome)
        ? undefined
        : { site, outcome: 'skipped', message: `not deployed: it attaches to the backbone of ${dep.site}, which ${describe(dep)}`, seconds: 0 },
    notStarted: (site) => ({ site, outcome: 'skipped', message: 'not deployed: interrupted before it started', seconds: 0 }),
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
