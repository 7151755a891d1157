import fc from 'fast-check';
import { Cidr, formatAddress, overlaps, parseCidr } from '../../../spec/net/cidr';
import { CidrOverlaps } from '../../../spec/net/cidr-overlaps';

interface Item {
  readonly id: number;
  readonly cidr: Cidr;
}

/** Blocks in a small address range, so that random ones often overlap or repeat. */
const block = fc
  .record({ offset: fc.nat(255), prefix: fc.integer({ min: 22, max: 32 }) })
  .map(({ offset, prefix }) => parseCidr(`${formatAddress((10 << 24) + offset * 4)}/${prefix}`)!);

const items = (cidrs: readonly Cidr[]): Item[] => cidrs.map((cidr, id) => ({ id, cidr }));

function bruteForce(list: readonly Item[], i: number): number[] {
  return list
    .filter((o, j) => j !== i && overlaps(o.cidr, list[i].cidr))
    .map((o) => o.id)
    .sort((a, b) => a - b);
}

describe('CidrOverlaps', () => {
  test('counts, for every block, exactly the other blocks that overlap it (against comparing every pair)', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), (cidrs) => {
        const list = items(cidrs);
        const index = new CidrOverlaps(list);
        list.forEach((_, i) => expect(index.count(i)).toBe(bruteForce(list, i).length));
      }),
      { numRuns: 300 },
    );
  });

  test('lists every overlapping block once when the limit allows', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), (cidrs) => {
        const list = items(cidrs);
        const index = new CidrOverlaps(list);
        list.forEach((_, i) =>
          expect(
            index
              .list(i, Infinity)
              .map((o) => o.id)
              .sort((a, b) => a - b),
          ).toEqual(bruteForce(list, i)),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('a limit, a filter and a budget bound what is listed', () => {
    const list = items(Array.from({ length: 50 }, (_, k) => parseCidr(k % 2 ? '10.0.0.0/24' : '10.0.0.128/25')!));
    const index = new CidrOverlaps(list);
    expect(index.list(0, 5)).toHaveLength(5);
    expect(index.list(0, 5, (o) => o.id % 2 === 1).every((o) => o.id % 2 === 1)).toBe(true);
    expect(index.list(0, 100, () => true, 3)).toHaveLength(3);
  });

  test('enclosing blocks are listed innermost first, then nested ones in address order', () => {
    const list = items(['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '10.1.2.128/25', '10.1.2.0/26'].map((t) => parseCidr(t)!));
    const index = new CidrOverlaps(list);
    expect(index.list(2, Infinity).map((o) => o.id)).toEqual([1, 0, 4, 3]);
  });

  test('100,000 copies of one block are indexed and counted (a pairwise index would not finish in the test timeout; speed is measured by npm run bench)', () => {
    const list = items(Array.from({ length: 100_000 }, () => parseCidr('10.40.0.0/24')!));
    const index = new CidrOverlaps(list);
    let total = 0;
    for (let i = 0; i < list.length; i++) total += index.count(i) + index.list(i, 5).length;
    expect(total).toBe(100_000 * (99_999 + 5));
  });
});
