import fc from 'fast-check';
import { allocatePool, TenantClaim } from '../../../spec/model/tenant-allocation';

const claim = (name: string, guaranteed: number, limit: number, weight = 1): TenantClaim => ({ name, guaranteed, limit, weight });
const allocated = (size: number, claims: TenantClaim[]) => allocatePool(size, claims).tenants.map((t) => t.allocated);

describe('allocatePool', () => {
  test('tenants whose limit is their guarantee get exactly that, and the rest is idle', () => {
    const a = allocatePool(32, [claim('a', 8, 8), claim('b', 4, 4)]);
    expect(a.tenants.map((t) => t.allocated)).toEqual([8, 4]);
    expect(a.idle).toBe(20);
  });

  test('the capacity beyond the guarantees is shared by weight', () => {
    expect(allocated(32, [claim('a', 16, 32, 2), claim('b', 8, 32, 1)])).toEqual([21, 11]);
  });

  test('a tenant that reaches its limit leaves its part to the others (water-filling)', () => {
    // 40 left over; a would get 20 by weight but its limit allows 2 more, so b takes 38.
    expect(allocated(50, [claim('a', 5, 7, 1), claim('b', 5, 100, 1)])).toEqual([7, 43]);
  });

  test('overbooked guarantees are scaled down pro rata', () => {
    expect(allocated(10, [claim('a', 10, 10), claim('b', 10, 10)])).toEqual([5, 5]);
  });

  test('shares are the allocation over the pool size', () => {
    expect(allocatePool(8, [claim('a', 2, 8, 3), claim('b', 2, 8, 1)]).tenants.map((t) => t.share)).toEqual([0.625, 0.375]);
  });

  test('an empty pool gives nothing and shares of 0', () => {
    expect(allocatePool(0, [claim('a', 0, 4)]).tenants[0]).toMatchObject({ allocated: 0, share: 0 });
  });

  test('never hands out more than the pool, nor more than a limit, nor less than a guarantee that fits', () => {
    const tenant = fc.record({
      guaranteed: fc.integer({ min: 0, max: 50 }),
      extra: fc.integer({ min: 0, max: 50 }),
      weight: fc.double({ min: 0.1, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.array(tenant, { maxLength: 8 }), (size, ts) => {
        const claims = ts.map((t, i) => claim(`t${i}`, t.guaranteed, t.guaranteed + t.extra, t.weight));
        const a = allocatePool(size, claims);
        const sum = a.tenants.reduce((s, t) => s + t.allocated, 0);
        expect(sum + a.idle).toBe(size);
        expect(a.idle).toBeGreaterThanOrEqual(0);
        const booked = claims.reduce((s, c) => s + c.guaranteed, 0) <= size;
        for (const t of a.tenants) {
          expect(Number.isInteger(t.allocated)).toBe(true);
          expect(t.allocated).toBeLessThanOrEqual(t.limit);
          if (booked) expect(t.allocated).toBeGreaterThanOrEqual(t.guaranteed);
        }
        // Work-conserving: capacity stays idle only when every tenant is at its limit.
        if (a.idle > 0) expect(a.tenants.every((t) => t.allocated === t.limit)).toBe(true);
      }),
    );
  });
});
