import { Backbone } from '../../../spec/model/backbone';
import { ALL_PAIRS_MAX_SITES, crossSiteSample, RING_NEIGHBOURS, ringNeighbours } from '../../../spec/model/cross-site-sample';
import { backboneNetworkName } from '../../../spec/model/docker-names';

const names = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i).padStart(3, '0')}`);
const backbone = (a: string, b: string): Backbone => {
  const [x, y] = a < b ? [a, b] : [b, a];
  return { name: backboneNetworkName(x, y), sites: [x, y], owner: x, gbps: 10 };
};

describe('ringNeighbours', () => {
  test('the k names after and before the anchor, wrapping round, never the anchor', () => {
    expect(ringNeighbours(['a', 'b', 'c', 'd', 'e', 'f'], 'a', 2)).toEqual(['b', 'f', 'c', 'e']);
    expect(ringNeighbours(['a', 'b', 'c', 'd', 'e', 'f'], 'd', 2)).toEqual(['e', 'c', 'f', 'b']);
  });

  test('an anchor not in the list takes the names around where it would sort', () => {
    expect(ringNeighbours(['b', 'd', 'f', 'h', 'j'], 'e', 1)).toEqual(['f', 'd']);
  });

  test('every other name when there are at most 2k', () => {
    expect(ringNeighbours(['a', 'b', 'c', 'd', 'e'], 'c', 2)).toEqual(['a', 'b', 'd', 'e']);
    expect(ringNeighbours([], 'c', 2)).toEqual([]);
  });
});

describe('crossSiteSample', () => {
  test(`up to ${ALL_PAIRS_MAX_SITES} sites: every pair, not sampled`, () => {
    const s = crossSiteSample(names(ALL_PAIRS_MAX_SITES), []);
    expect([s.sampled, s.pairs, s.possiblePairs]).toEqual([
      false,
      ALL_PAIRS_MAX_SITES * (ALL_PAIRS_MAX_SITES - 1),
      ALL_PAIRS_MAX_SITES * (ALL_PAIRS_MAX_SITES - 1),
    ]);
  });

  test('above it: each site probes its ring and its uplink peers; the pairs grow linearly', () => {
    const all = names(201);
    const center = all[0];
    const bb = all.slice(1).map((m) => backbone(center, m));
    const s = crossSiteSample(all, bb);
    expect(s.sampled).toBe(true);
    expect(s.fromController.get(center)!.size).toBe(200);
    expect([...s.fromController.get(all[100])!].sort()).toEqual([all[0], all[98], all[99], all[101], all[102]]);
    expect([...s.fromOthers.get(all[100])!].sort()).toEqual([all[0], all[98], all[99], all[101], all[102]]);
    expect(s.fromOthers.get(center)!.size).toBe(2 * RING_NEIGHBOURS);
    // 200 MDCs × (4 ring + the center, less the overlap near the center) + the center's 200.
    expect(s.pairs).toBeLessThan(201 * (2 * RING_NEIGHBOURS + 1) + 200);
    expect(s.possiblePairs).toBe(201 * 200);
  });

  test('allPairs probes every pair however many sites', () => {
    const s = crossSiteSample(names(20), [], true);
    expect([s.sampled, s.pairs]).toEqual([false, 20 * 19]);
  });

  test('the same sites in any order give the same sample', () => {
    const a = crossSiteSample(names(30), []);
    const b = crossSiteSample([...names(30)].reverse(), []);
    expect([...a.fromOthers.entries()].map(([k, v]) => [k, [...v].sort()])).toEqual([...b.fromOthers.entries()].map(([k, v]) => [k, [...v].sort()]));
  });
});
