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
 * that `blockedBy` stops is not run, and stops the sites that wait for it in turn; the
 * others go on. Results come back in the order the sites were given. A `run` that throws
 * rejects the whole (the ones running go on). Linear in sites and waits: each end looks
 * only at the sites waiting for it, and the sites ready to start are kept in given order.
 */
export function schedule<R extends SiteOutcome>(
  sites: readonly string[],
  waitsFor: ReadonlyMap<string, ReadonlySet<string>>,
  run: (site: string) => Promise<R>,
  opts: ScheduleOptions<R>,
): Promise<R[]> {
  const parallel = Math.max(1, Math.floor(opts.parallel ?? 1));
  const order = new Map(sites.map((s, i) => [s, i] as const));
  const deps = new Map(sites.map((s) => [s, [...(waitsFor.get(s) ?? [])].filter((d) => order.has(d))] as const));
  const waiters = new Map<string, string[]>();
  for (const [site, ds] of deps) {
    for (const d of ds) {
      if (!waiters.has(d)) waiters.set(d, []);
      waiters.get(d)!.push(site);
    }
  }
  const unfinished = new Map(sites.map((s) => [s, deps.get(s)!.length] as const));
  const ready = new MinHeap();
  for (const s of sites) if (!unfinished.get(s)) ready.push(order.get(s)!);
  const results = new Map<string, R>();
  const started = new Set<string>();
  let running = 0;
  let done = 0;

  return new Promise((resolve, reject) => {
    // A site's end, and the ends it causes: the sites it blocks, and theirs (a worklist,
    // not recursion: a chain of blocked sites may be as long as the set).
    const finish = (first: R) => {
      const ends = [first];
      results.set(first.site, first);
      for (let r = ends.pop(); r; r = ends.pop()) {
        opts.onDone?.(r, ++done, sites.length);
        for (const w of waiters.get(r.site) ?? []) {
          if (results.has(w)) continue;
          const stop = opts.blockedBy?.(w, r);
          if (stop) {
            results.set(w, stop);
            ends.push(stop);
          } else {
            unfinished.set(w, unfinished.get(w)! - 1);
            if (!unfinished.get(w)) ready.push(order.get(w)!);
          }
        }
      }
    };
    const pump = () => {
      if (opts.signal?.aborted) {
        // Nothing starts any more. (A site that a blocked one stops has ended already.)
        for (const site of sites) if (!results.has(site) && !started.has(site)) finish(opts.notStarted(site));
      }
      while (running < parallel && ready.size) {
        const site = sites[ready.pop()];
        if (results.has(site)) continue;
        running++;
        started.add(site);
        run(site).then(
          (r) => {
            running--;
            finish(r);
            pump();
          },
          (e: unknown) => {
            running--;
            reject(e);
          },
        );
      }
      if (results.size === sites.length) resolve(sites.map((s) => results.get(s)!));
    };
    pump();
  });
}

/** A binary min-heap of numbers: here, the given positions of the sites ready to start. */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(n: number): void {
    const a = this.items;
    a.push(n);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < a.length && a[l] < a[least]) least = l;
        if (r < a.length && a[r] < a[least]) least = r;
        if (least === i) break;
        [a[least], a[i]] = [a[i], a[least]];
        i = least;
      }
    }
    return top;
  }
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
