import fc from 'fast-check';
import { Catalog } from '../../../spec/catalog/catalog';
import { mostAcceleratorsFor, resolveProfile, smallestProfileFor } from '../../../spec/catalog/profile-choice';
import { NodeGroup, ServerProfile } from '../../../spec/site-types.generated';

const builtin = Catalog.builtin();
const accelerator = (id: string) => builtin.accelerator(id)!;
const group = (over: Partial<NodeGroup> & Pick<NodeGroup, 'accelerator' | 'acceleratorsPerNode'>): NodeGroup => ({ name: 'npu', count: 1, ...over });
const choose = (over: Partial<NodeGroup> & Pick<NodeGroup, 'accelerator' | 'acceleratorsPerNode'>, catalog = builtin) =>
  resolveProfile(group(over), catalog.accelerator(over.accelerator), catalog);

/** A catalog of the built-in accelerators and only the given profiles, inserted in this order. */
function catalogOf(profiles: readonly ServerProfile[]): Catalog {
  const c = Catalog.builtin();
  c.profiles.clear();
  for (const p of profiles) c.profiles.set(p.id, { value: p, origin: { builtin: false } });
  return c;
}

const pcie = (id: string, rackUnits: number, maxAccelerators: number, hostPowerKw = 1): ServerProfile => ({
  id,
  rackUnits,
  maxAccelerators,
  hostPowerKw,
  formFactors: ['pcie'],
  computeNics: 2,
  computeNicGbps: 100,
  source: 'test',
});

describe('resolveProfile', () => {
  test('8 ATOM cards, which the default pcie-2u-4 cannot hold, get the 4U 8-card profile', () => {
    expect(accelerator('rebellions-atom').defaultServerProfile).toBe('pcie-2u-4');
    expect(choose({ accelerator: 'rebellions-atom', acceleratorsPerNode: 8 })).toMatchObject({ id: 'pcie-4u-8', choice: 'chosen' });
    expect(choose({ accelerator: 'rebellions-atom', acceleratorsPerNode: 8, rackUnitsPerNode: 4 })).toMatchObject({ id: 'pcie-4u-8', choice: 'chosen' });
  });

  test('the default profile is kept when it holds the accelerators', () => {
    expect(choose({ accelerator: 'rebellions-atom', acceleratorsPerNode: 4 })).toMatchObject({ id: 'pcie-2u-4', choice: 'default' });
    // pcie-4u-8 also holds 4 cards, but it is the default of RNGD
    expect(choose({ accelerator: 'furiosa-rngd', acceleratorsPerNode: 4 })).toMatchObject({ id: 'pcie-4u-8', choice: 'default' });
    // dgx-h100 is as small, but the H200's default is dgx-h200
    expect(choose({ accelerator: 'nvidia-h200-sxm', acceleratorsPerNode: 8 })).toMatchObject({ id: 'dgx-h200', choice: 'default' });
  });

  test('a profile of the given rackUnitsPerNode beats a default of another height', () => {
    expect(choose({ accelerator: 'furiosa-rngd', acceleratorsPerNode: 4, rackUnitsPerNode: 2 })).toMatchObject({ id: 'pcie-2u-4', choice: 'chosen' });
  });

  test('without a profile of the given height, the default that holds the accelerators stays', () => {
    expect(choose({ accelerator: 'furiosa-rngd', acceleratorsPerNode: 8, rackUnitsPerNode: 3 })).toMatchObject({ id: 'pcie-4u-8', choice: 'default' });
  });

  test('without a profile of the given height, the smallest that holds them is chosen when the default does not', () => {
    expect(choose({ accelerator: 'rebellions-atom', acceleratorsPerNode: 8, rackUnitsPerNode: 3 })).toMatchObject({ id: 'pcie-4u-8', choice: 'chosen' });
  });

  test('a given serverProfile is used as written, even when too small', () => {
    expect(choose({ accelerator: 'rebellions-atom', acceleratorsPerNode: 8, serverProfile: 'pcie-2u-4' })).toMatchObject({ id: 'pcie-2u-4', choice: 'given' });
    expect(choose({ accelerator: 'rebellions-atom', acceleratorsPerNode: 4, serverProfile: 'no-such' })).toEqual({
      id: 'no-such',
      profile: undefined,
      choice: 'given',
    });
  });

  test('when no profile holds the accelerators the default stays, for AIS303 to report', () => {
    expect(choose({ accelerator: 'rebellions-atom', acceleratorsPerNode: 16 })).toMatchObject({ id: 'pcie-2u-4', choice: 'default' });
  });

  test('an accelerator without a default gets the smallest profile that holds it, or none', () => {
    const lab = { ...accelerator('rebellions-atom'), id: 'lab-npu', defaultServerProfile: undefined };
    expect(resolveProfile(group({ accelerator: 'lab-npu', acceleratorsPerNode: 2 }), lab, builtin)).toMatchObject({ id: 'pcie-2u-4', choice: 'chosen' });
    expect(resolveProfile(group({ accelerator: 'lab-npu', acceleratorsPerNode: 16 }), lab, builtin)).toEqual({});
  });

  test('a default missing from the catalog is replaced by a profile that holds the accelerators', () => {
    const stale = { ...accelerator('rebellions-atom'), defaultServerProfile: 'gone' };
    expect(resolveProfile(group({ accelerator: stale.id, acceleratorsPerNode: 4 }), stale, builtin)).toMatchObject({ id: 'pcie-2u-4', choice: 'chosen' });
    expect(resolveProfile(group({ accelerator: stale.id, acceleratorsPerNode: 16 }), stale, builtin)).toEqual({
      id: 'gone',
      profile: undefined,
      choice: 'default',
    });
  });

  test('an unknown accelerator without serverProfile gets no profile', () => {
    expect(resolveProfile(group({ accelerator: 'acme-xpu', acceleratorsPerNode: 4 }), undefined, builtin)).toEqual({});
  });
});

describe('smallestProfileFor', () => {
  const need = { formFactor: 'pcie' as const, acceleratorsPerNode: 4 };

  test('fewest rack units first, then fewest slots, then least host power, then id', () => {
    expect(smallestProfileFor(catalogOf([pcie('tall', 4, 4), pcie('short', 2, 8)]), need)?.id).toBe('short');
    expect(smallestProfileFor(catalogOf([pcie('wide', 2, 8), pcie('narrow', 2, 4)]), need)?.id).toBe('narrow');
    expect(smallestProfileFor(catalogOf([pcie('hot', 2, 4, 2), pcie('cool', 2, 4, 1)]), need)?.id).toBe('cool');
    expect(smallestProfileFor(catalogOf([pcie('b', 2, 4), pcie('a', 2, 4)]), need)?.id).toBe('a');
  });

  test('skips profiles of another form factor or too few slots', () => {
    const sxm = { ...pcie('sxm-2u', 2, 8), formFactors: ['sxm' as const] };
    expect(smallestProfileFor(catalogOf([sxm, pcie('small', 1, 2), pcie('fits', 4, 4)]), need)?.id).toBe('fits');
    expect(smallestProfileFor(catalogOf([sxm, pcie('small', 1, 2)]), need)).toBeUndefined();
  });

  test('a profile without formFactors takes any', () => {
    const any = { ...pcie('any', 2, 8), formFactors: undefined };
    expect(smallestProfileFor(catalogOf([any]), { formFactor: 'oam', acceleratorsPerNode: 8 })?.id).toBe('any');
  });

  test('property: the choice does not depend on catalog order', () => {
    const profiles = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{1,4}$/),
        ru: fc.integer({ min: 1, max: 6 }),
        slots: fc.integer({ min: 1, max: 8 }),
        kw: fc.integer({ min: 0, max: 3 }),
      }),
      { selector: (p) => p.id, minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(profiles, fc.integer({ min: 1, max: 8 }), fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), (ps, n, ru) => {
        const list = ps.map((p) => pcie(p.id, p.ru, p.slots, p.kw));
        const need = { formFactor: 'pcie' as const, acceleratorsPerNode: n, rackUnitsPerNode: ru };
        const forward = smallestProfileFor(catalogOf(list), need);
        expect(smallestProfileFor(catalogOf([...list].reverse()), need)?.id).toBe(forward?.id);
        // it holds the accelerators, at the given height when one holds them there, else as low as any;
        // and no profile that holds them at that height has fewer slots
        if (forward) {
          const holders = list.filter((p) => p.maxAccelerators >= n);
          expect(holders).toContain(forward);
          const atHeight = holders.filter((p) => p.rackUnits === ru);
          const lowest = (atHeight.length ? atHeight : holders).reduce((m, p) => Math.min(m, p.rackUnits), Infinity);
          expect(forward.rackUnits).toBe(lowest);
          const fewest = holders.filter((p) => p.rackUnits === lowest).reduce((m, p) => Math.min(m, p.maxAccelerators), Infinity);
          expect(forward.maxAccelerators).toBe(fewest);
        } else {
          expect(list.every((p) => p.maxAccelerators < n)).toBe(true);
        }
      }),
      { seed: 9 },
    );
  });
});

describe('mostAcceleratorsFor', () => {
  test('the most any built-in profile of the form factor holds', () => {
    expect(mostAcceleratorsFor(builtin, 'pcie')).toBe(8);
    expect(mostAcceleratorsFor(builtin, 'memory')).toBe(16);
    expect(mostAcceleratorsFor(builtin, 'oam')).toBe(0);
  });
});
