import fc from 'fast-check';
import { Catalog } from '../../../spec/catalog/catalog';
import { DEFAULT_SWITCH_RADIX, maxEndpoints, nicsFor } from '../../../spec/model/fabric-capacity';

describe('maxEndpoints', () => {
  const k = 64;

  test('a flat fabric is one switch: k ports', () => {
    expect(maxEndpoints('flat', k, 1)).toBe(k);
  });

  test('a non-blocking leaf-spine fabric connects k^2/2 endpoints (2048 for k=64)', () => {
    expect(maxEndpoints('leaf-spine', k, 1)).toBe(k ** 2 / 2);
    expect(maxEndpoints('leaf-spine', k, 1)).toBe(2048);
  });

  test('a non-blocking rail-optimized (three-tier fat tree) fabric connects k^3/4 endpoints (65536 for k=64)', () => {
    expect(maxEndpoints('rail-optimized', k, 1)).toBe(k ** 3 / 4);
    expect(maxEndpoints('rail-optimized', k, 1)).toBe(65536);
  });

  test('oversubscription o gives endpoints radix x o/(1+o) of each leaf', () => {
    // 3:1 -> 48 of 64 ports face endpoints
    expect(maxEndpoints('leaf-spine', k, 3)).toBe(k * 48);
  });

  test('property: more oversubscription never connects fewer endpoints', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('flat' as const, 'leaf-spine' as const, 'rail-optimized' as const),
        fc.integer({ min: 2, max: 512 }).map((r) => r * 2),
        fc.integer({ min: 1, max: 15 }),
        (topology, radix, o) => {
          expect(maxEndpoints(topology, radix, o + 1)).toBeGreaterThanOrEqual(maxEndpoints(topology, radix, o));
        },
      ),
      { seed: 3 },
    );
  });

  test('the default radix is a 64-port switch', () => {
    expect(DEFAULT_SWITCH_RADIX).toBe(64);
  });
});

describe('nicsFor', () => {
  const catalog = Catalog.builtin();
  const dgx = catalog.profile('dgx-h100')!;

  test('a compute fabric uses the compute NICs', () => {
    expect(nicsFor('compute', dgx)).toBe(dgx.computeNics);
  });

  test('storage and management fabrics use their own NIC counts', () => {
    expect(nicsFor('storage', dgx)).toBe(dgx.storageNics);
    expect(nicsFor('management', dgx)).toBe(dgx.managementNics);
  });

  test('a profile that does not say has one storage and one management NIC', () => {
    const bare = { ...dgx, storageNics: undefined, managementNics: undefined };
    expect(nicsFor('storage', bare)).toBe(1);
    expect(nicsFor('management', bare)).toBe(1);
  });
});
