import { Cidr } from './cidr';

/**
 * Which blocks of a list overlap which, without comparing every pair. Two CIDR blocks
 * overlap only when one holds the other, so in address order (wider block first at the
 * same address) the blocks overlapping block i are the open blocks that hold it (at most
 * one distinct block per prefix length, 33 in all) and the run of blocks that start
 * inside it. Building the index sorts once, O(n log n); then each count is O(1) and
 * listing the first k overlaps of a block costs O(k + the candidates skipped).
 */
export class CidrOverlaps<T extends { readonly cidr: Cidr }> {
  /** The items in address order (network ascending, wider first, then given order). */
  readonly sorted: readonly T[];
  /** Per sorted position: the first position of its group of identical blocks. */
  private readonly groupStart: number[];
  /** Per sorted position: one past the last position of a block inside it (or identical). */
  private readonly runEnd: number[];
  /** Per sorted position: positions of the distinct enclosing groups, innermost first. */
  private readonly enclosing: number[][];
  /** Per sorted position: how many items enclose it strictly (wider blocks holding it). */
  private readonly enclosingCount: number[];
  /** Sorted position of each item, by its index in the given list. */
  private readonly positionOf: number[];

  constructor(items: readonly T[]) {
    const order = items.map((_, i) => i);
    order.sort((a, b) => items[a].cidr.network - items[b].cidr.network || items[b].cidr.size - items[a].cidr.size || a - b);
    this.sorted = order.map((i) => items[i]);
    this.positionOf = new Array<number>(items.length);
    order.forEach((given, pos) => {
      this.positionOf[given] = pos;
    });
    const n = this.sorted.length;
    this.groupStart = new Array<number>(n);
    this.runEnd = new Array<number>(n);
    this.enclosing = new Array<number[]>(n);
    this.enclosingCount = new Array<number>(n);
    // The groups of identical blocks that hold the current one: a chain, outermost first.
    const open: Array<{ start: number; end: number; count: number }> = [];
    let openCount = 0;
    for (let p = 0; p < n;) {
      const c = this.sorted[p].cidr;
      let q = p + 1;
      while (q < n && this.sorted[q].cidr.network === c.network && this.sorted[q].cidr.size === c.size) q++;
      while (open.length > 0 && open[open.length - 1].end <= c.network) openCount -= open.pop()!.count;
      const enclosing = open.map((g) => g.start).reverse();
      const runEnd = this.firstAtOrAfter(c.network + c.size, q);
      for (let r = p; r < q; r++) {
        this.groupStart[r] = p;
        this.runEnd[r] = runEnd;
        this.enclosing[r] = enclosing;
        this.enclosingCount[r] = openCount;
      }
      open.push({ start: p, end: c.network + c.size, count: q - p });
      openCount += q - p;
      p = q;
    }
  }

  /** How many other items overlap the item at `index` of the given list. */
  count(index: number): number {
    const p = this.positionOf[index];
    return this.enclosingCount[p] + (this.runEnd[p] - this.groupStart[p]) - 1;
  }

  /**
   * The items overlapping the item at `index` of the given list, enclosing blocks first
   * (innermost first), then identical and nested ones in address order; `accept` filters,
   * and at most `limit` are returned after looking at no more than `budget` candidates.
   */
  list(index: number, limit: number, accept: (item: T) => boolean = () => true, budget = Infinity): T[] {
    const p = this.positionOf[index];
    const out: T[] = [];
    let looked = 0;
    const take = (q: number): boolean => {
      if (q === p) return false;
      if (++looked > budget) return true;
      const item = this.sorted[q];
      if (accept(item)) out.push(item);
      return out.length >= limit;
    };
    for (const g of this.enclosing[p]) {
      for (let q = g; q < this.sorted.length && this.groupStart[q] === g; q++) if (take(q)) return out;
    }
    for (let q = this.groupStart[p]; q < this.runEnd[p]; q++) if (take(q)) return out;
    return out;
  }

  /** First sorted position at or after `from` whose network is at least `address`. */
  private firstAtOrAfter(address: number, from: number): number {
    let lo = from;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid].cidr.network < address) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
