/** A tenant's claim on a pool. */
export interface TenantClaim {
  readonly name: string;
  readonly guaranteed: number;
  /** What the tenant asks for at most; at least `guaranteed`. */
  readonly limit: number;
  readonly weight: number;
}

/** What a tenant gets when every tenant of the pool asks for its limit. */
export interface TenantAllocation extends TenantClaim {
  /** Accelerators the tenant holds: its guarantee plus its weighted part of the rest. */
  readonly allocated: number;
  /** allocated / pool size (0 for an empty pool). */
  readonly share: number;
}

export interface PoolAllocation {
  readonly size: number;
  readonly tenants: readonly TenantAllocation[];
  /** Accelerators nobody asked for. */
  readonly idle: number;
}

/**
 * Divides a pool when all tenants demand their limit: each first gets its guarantee
 * (scaled down pro rata if the guarantees overbook the pool, which a rule reports), then
 * the rest is shared by weight, water-filling: a tenant that reaches its limit drops out
 * and its unused part goes to the others. Allocations are whole accelerators; the
 * remainder after rounding down goes to the largest fractional parts (ties by order),
 * so the result never exceeds the pool and is the same for the same input.
 */
export function allocatePool(size: number, claims: readonly TenantClaim[]): PoolAllocation {
  const cap = claims.map((c) => Math.max(c.guaranteed, c.limit));
  const totalGuaranteed = claims.reduce((s, c) => s + c.guaranteed, 0);
  const scale = totalGuaranteed > size ? size / totalGuaranteed : 1;
  const alloc = claims.map((c) => c.guaranteed * scale);
  let rest = size - alloc.reduce((s, a) => s + a, 0);
  let open = claims.map((_, i) => i).filter((i) => cap[i] - alloc[i] > 1e-9);
  while (rest > 1e-9 && open.length) {
    const weights = open.reduce((s, i) => s + claims[i].weight, 0);
    let used = 0;
    for (const i of open) {
      const give = Math.min((rest * claims[i].weight) / weights, cap[i] - alloc[i]);
      alloc[i] += give;
      used += give;
    }
    rest -= used;
    open = open.filter((i) => cap[i] - alloc[i] > 1e-9);
  }
  const whole = roundPreservingSum(alloc, Math.min(size, Math.round(alloc.reduce((s, a) => s + a, 0))));
  const tenants = claims.map((c, i) => ({ ...c, allocated: whole[i], share: size > 0 ? whole[i] / size : 0 }));
  return { size, tenants, idle: size - whole.reduce((s, a) => s + a, 0) };
}

function roundPreservingSum(values: readonly number[], total: number): number[] {
  const floors = values.map((v) => Math.floor(v + 1e-9));
  let left = total - floors.reduce((s, f) => s + f, 0);
  const order = values.map((v, i) => ({ i, frac: v - floors[i] })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors;
}
