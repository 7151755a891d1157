import { eachLimited, reversed, schedule } from '../../deploy/schedule';

interface Done {
  readonly site: string;
  readonly ok: boolean;
  readonly note?: string;
}

const waits = (m: Record<string, string[]>) => new Map(Object.entries(m).map(([k, v]) => [k, new Set(v)]));
const notStarted = (site: string): Done => ({ site, ok: false });

describe('schedule', () => {
  test('never runs more than `parallel` at once', async () => {
    let now = 0;
    let most = 0;
    await schedule(
      ['a', 'b', 'c', 'd', 'e'],
      new Map(),
      async (site) => {
        most = Math.max(most, ++now);
        await new Promise((r) => setTimeout(r, 5));
        now--;
        return { site, ok: true };
      },
      { parallel: 2, notStarted },
    );
    expect(most).toBe(2);
  });

  test('a site starts only after every site it waits for has ended', async () => {
    const order: string[] = [];
    await schedule(['owner', 'a', 'b'], waits({ owner: ['a', 'b'] }), async (site) => (order.push(site), { site, ok: true }), { parallel: 3, notStarted });
    expect(order).toEqual(['a', 'b', 'owner']);
  });

  test('without blockedBy a site runs even when the one it waited for failed', async () => {
    const ran: string[] = [];
    const results = await schedule(['owner', 'a'], waits({ owner: ['a'] }), async (site) => (ran.push(site), { site, ok: site !== 'a' }), { notStarted });
    expect([ran, results.map((r) => r.ok)]).toEqual([
      ['a', 'owner'],
      [true, false],
    ]);
  });

  test('blockedBy stops a site and gives its result; the other sites go on', async () => {
    const ran: string[] = [];
    const results = await schedule(['a', 'b', 'c'], waits({ b: ['a'] }), async (site) => (ran.push(site), { site, ok: site !== 'a' }), {
      notStarted,
      blockedBy: (site, dep) => (dep.ok ? undefined : { site, ok: false, note: `${dep.site} failed` }),
    });
    expect(ran).toEqual(['a', 'c']);
    expect(results.map((r) => [r.site, r.note])).toEqual([
      ['a', undefined],
      ['b', 'a failed'],
      ['c', undefined],
    ]);
  });

  test('a blocked site blocks the sites that wait for it, whatever order they were given in', async () => {
    const results = await schedule(['c', 'b', 'a'], waits({ c: ['b'], b: ['a'] }), async (site) => ({ site, ok: site !== 'a' }), {
      notStarted,
      blockedBy: (site, dep) => (dep.ok ? undefined : { site, ok: false, note: `${dep.site} ${dep.note ?? 'failed'}` }),
    });
    expect(results.map((r) => [r.site, r.note])).toEqual([
      ['c', 'b a failed'],
      ['b', 'a failed'],
      ['a', undefined],
    ]);
  });

  test('a failed site that blocks many reports each end once, counting up', async () => {
    const seen: string[] = [];
    await schedule(['a', 'b', 'c', 'd'], waits({ b: ['a'], c: ['a'], d: ['c'] }), async (site) => ({ site, ok: false }), {
      notStarted,
      blockedBy: (site) => ({ site, ok: false, note: 'blocked' }),
      onDone: (r, done, total) => seen.push(`${done}/${total} ${r.site}`),
    });
    expect(seen.map((l) => l.split(' ')[0])).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(seen.map((l) => l.split(' ')[1]).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  test('a chain of 20,000 blocked sites ends without running out of stack', async () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => `s-${i}`);
    const results = await schedule(chain, new Map(chain.slice(1).map((s, i) => [s, new Set([chain[i]])])), async (site) => ({ site, ok: false }), {
      notStarted,
      blockedBy: (site, dep) => ({ site, ok: false, note: `after ${dep.site}` }),
    });
    expect([results.length, results[19_999].note]).toEqual([20_000, 'after s-19998']);
  });

  test('among sites ready at once, the one given first starts first', async () => {
    const order: string[] = [];
    const gate = { open: () => {} };
    const opened = new Promise<void>((r) => (gate.open = r));
    await schedule(
      ['z', 'y', 'x', 'owner'],
      waits({ z: ['owner'], x: ['owner'] }),
      async (site) => {
        order.push(site);
        if (site === 'owner') gate.open();
        if (site === 'y') await opened;
        return { site, ok: true };
      },
      { parallel: 2, notStarted },
    );
    expect(order).toEqual(['y', 'owner', 'z', 'x']);
  });

  test('linear in sites: each site is asked about the site it waits for once, when that one ends', async () => {
    const mdcs = Array.from({ length: 1000 }, (_, i) => `mdc-${i}`);
    let asked = 0;
    await schedule(['center', ...mdcs], new Map(mdcs.map((m) => [m, new Set(['center'])])), async (site) => ({ site, ok: true }), {
      parallel: 4,
      notStarted,
      blockedBy: () => (asked++, undefined),
    });
    expect(asked).toBe(1000);
  });

  test('after an abort no site starts: each gets notStarted', async () => {
    const abort = new AbortController();
    const ran: string[] = [];
    const results = await schedule(
      ['a', 'b', 'c'],
      new Map(),
      async (site) => {
        ran.push(site);
        abort.abort();
        return { site, ok: true };
      },
      { parallel: 1, signal: abort.signal, notStarted },
    );
    expect([ran, results]).toEqual([
      ['a'],
      [
        { site: 'a', ok: true },
        { site: 'b', ok: false },
        { site: 'c', ok: false },
      ],
    ]);
  });

  test('reports each site as it ends, with the count', async () => {
    const seen: string[] = [];
    await schedule(['a', 'b'], waits({ b: ['a'] }), async (site) => ({ site, ok: true }), {
      notStarted,
      onDone: (r, done, total) => seen.push(`${done}/${total} ${r.site}`),
    });
    expect(seen).toEqual(['1/2 a', '2/2 b']);
  });
});

describe('reversed', () => {
  test('turns "waits for its peers" into "goes after the sites that wait for it"', () => {
    const r = reversed(waits({ 'mdc-1': ['center'], 'mdc-2': ['center'], center: [] }));
    expect([...r].map(([k, v]) => [k, [...v]])).toEqual([['center', ['mdc-1', 'mdc-2']]]);
  });
});

describe('eachLimited', () => {
  test('never runs more than `limit` at once', async () => {
    let now = 0;
    let most = 0;
    await eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async () => {
      most = Math.max(most, ++now);
      await new Promise((r) => setTimeout(r, 5));
      now--;
    });
    expect(most).toBe(3);
  });

  test('runs every item once, starting them in the given order', async () => {
    const started: number[] = [];
    await eachLimited([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await new Promise((r) => setTimeout(r, 6 - n));
    });
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  test('runs nothing for no items', async () => {
    const seen: number[] = [];
    await eachLimited([], 4, async (n: number) => void seen.push(n));
    expect(seen).toEqual([]);
  });
});
