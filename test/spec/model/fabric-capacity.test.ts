import { Catalog } from '../../../spec/catalog/catalog';
import { DEFAULT_OVERSUBSCRIPTION, DEFAULT_SWITCH_RADIX, fabricLoad, nicsFor } from '../../../spec/model/fabric-capacity';
import { validatePaths } from '../../../spec/validate';

describe('defaults', () => {
  test('the default radix is a 64-port switch', () => {
    expect(DEFAULT_SWITCH_RADIX).toBe(64);
  });
});

describe('fabricLoad', () => {
  const site = validatePaths(['test/fixtures/sites/national-three-tier-fabrics.yaml']).sites[0];
  const fabric = (name: string) => {
    const f = site.spec.spec.fabrics?.find((x) => x.name === name);
    if (!f) throw new Error(`no fabric ${name}`);
    return f;
  };

  test('a leaf-spine fabric counts every NIC of its purpose as an endpoint: 2,304 DGX x 2 + 2,400 x 1 storage ports', () => {
    expect(fabricLoad(site, fabric('storage'))).toEqual({
      servers: 4704,
      ports: 7008,
      input: { topology: 'leaf-spine', servers: 7008, portsPerServer: 1, radix: 64, oversubscription: 2 },
    });
  });

  test('a rail-optimized fabric gives every server a port on each rail', () => {
    expect(fabricLoad(site, fabric('gpu-compute'))).toEqual({
      servers: 2304,
      ports: 2304 * 8,
      rails: 8,
      input: { topology: 'rail-optimized', servers: 2304, portsPerServer: 8, radix: 64, oversubscription: 1 },
    });
  });

  test('a fabric without switchRadix or oversubscription gets 64 ports, non-blocking', () => {
    expect(fabricLoad(site, fabric('gpu-compute')).input).toMatchObject({ radix: DEFAULT_SWITCH_RADIX, oversubscription: DEFAULT_OVERSUBSCRIPTION });
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
