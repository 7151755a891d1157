/** What every scheduled run reports: which site it was for. */
export interface SiteOutcome {
  readonly site: string;
}

export interface ScheduleOptions<R extends SiteOutcome> {
  /** Sites run at the same time at most. @default 1 */
  readonly parallel?: number;
  /** Aborted: no further site starts. */
  readonly signal?: AbortSignal;
  /** Called as each site ends (or is not started), with how many have ended. */
  readonly onDone?: (result: R, done: number, total: number) => void;
  /**
   * The result of a site that will not run because a site it waits for ended with
   * `result`; undefined lets it run anyway. @default every site runs whatever came before
   */
  readonly blockedBy?: (site: string, waitedFor: R) => R | undefined;
  /** The result of a site that had not started when `signal` was aborted. */
  readonly notStarted: (site: string) => R;
}

/**
 * Runs `run` for every site once every site it waits for (among the given ones) has
 * ended, at most `parallel` at once, in the given order where there is a choice. A site
 * that `blockedBy` stops is not run; the others go on. Results come back in the order
 * the sites were given. A `run` that throws rejects the whole (the ones running go on).
 */
export function schedule<R extends SiteOutcome>(
  sites: readonly string[],
  waitsFor: ReadonlyMap<string, ReadonlySet<string>>,
  run: (site: string) => Promise<R>,
  opts: ScheduleOptions<R>,
): Promise<R[]> {
  const parallel = Math.max(1, Math.floor(opts.parallel ?? 1));
  const given = new Set(sites);
  const deps = new Map(sites.map((s) => [s, [...(waitsFor.get(s) ?? [])].filter((d) => given.has(d))] as const));
  const results = new Map<string, R>();
  const running = new Set<string>();
  let done = 0;

  const finish = (r: R) => {
    results.set(r.site, r);
    done += 1;
    opts.onDone?.(r, done, sites.length);
  };

  return new Promise((resolve, reject) => {
    const pump = () => {
      for (const site of sites) {
        if (results.has(site) || running.has(site)) continue;
        const stop =
          opts.blockedBy &&
          deps
            .get(site)!
            .flatMap((d) => (results.has(d) ? [opts.blockedBy!(site, results.get(d)!)] : []))
            .find(Boolean);
        if (stop) {
          finish(stop);
          continue;
        }
        if (opts.signal?.aborted) {
          finish(opts.notStarted(site));
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

/** Who waits for whom, the other way round: for destroying, where a site goes after every site that waited for it. */
export function reversed(waitsFor: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [site, deps] of waitsFor) {
    for (const d of deps) {
      if (!out.has(d)) out.set(d, new Set());
      out.get(d)!.add(site);
    }
  }
  return out;
}

/** Runs `fn` over `items`, at most `limit` at a time, in the given order. */
export async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
