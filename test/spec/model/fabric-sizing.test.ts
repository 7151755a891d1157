import { sizeFabric } from '../../../spec/model/fabric-sizing';

/** A rail-optimized NDR fabric of DGX nodes: 8 rails, 64-port switches, non-blocking. */
const superpod = (nodes: number) => sizeFabric({ topology: 'rail-optimized', servers: nodes, portsPerServer: 8, radix: 64, oversubscription: 1 });

describe('sizeFabric agrees with NVIDIA DGX SuperPOD sizing (domain-facts.md)', () => {
  test.each([
    // scalable units, nodes, leaf, spine, core
    [1, 31, 8, 4, 0],
    [1, 32, 8, 4, 0],
    [2, 64, 16, 8, 0],
    [4, 128, 32, 16, 0],
    [8, 256, 64, 32, 0],
    [16, 512, 128, 128, 64],
    [64, 2048, 512, 512, 256],
  ])('%i SU (%i nodes): %i leaf, %i spine, %i core', (_su, nodes, leaves, spines, cores) => {
    const z = superpod(nodes);
    expect({ leaves: z.leaves, spines: z.spines, cores: z.cores }).toEqual({ leaves, spines, cores });
  });

  test('up to 8 SU it is two tiers, from 16 SU three', () => {
    expect([superpod(256).tiers, superpod(512).tiers]).toEqual([2, 3]);
  });

  test('counts one cable per server port, per leaf uplink and per spine uplink', () => {
    const z = superpod(512);
    expect(z.serverCables).toBe(512 * 8);
    expect(z.leafSpineCables).toBe(128 * 32);
    expect(z.spineCoreCables).toBe(128 * 32);
    expect(z.cables).toBe(z.serverCables + z.leafSpineCables + z.spineCoreCables);
    expect(z.switches).toBe(128 + 128 + 64);
  });
});

describe('sizeFabric for other topologies', () => {
  test('a flat fabric is one switch while the ports fit', () => {
    expect(sizeFabric({ topology: 'flat', servers: 6, portsPerServer: 1, radix: 64, oversubscription: 1 })).toMatchObject({ tiers: 1, leaves: 1, spines: 0, cores: 0, cables: 6 });
  });

  test('a leaf-spine fabric that fits on one leaf needs no spine', () => {
    expect(sizeFabric({ topology: 'leaf-spine', servers: 12, portsPerServer: 1, radix: 64, oversubscription: 1 })).toMatchObject({ tiers: 1, leaves: 1, spines: 0 });
  });

  test('a leaf-spine fabric spreads ports over leaves with half their ports down when non-blocking', () => {
    expect(sizeFabric({ topology: 'leaf-spine', servers: 100, portsPerServer: 1, radix: 64, oversubscription: 1 })).toMatchObject({ tiers: 2, leaves: 4, spines: 2, leafSpineCables: 128 });
  });

  test('oversubscription gives more leaf ports to servers, so fewer leaves and spines', () => {
    const blocking = sizeFabric({ topology: 'leaf-spine', servers: 4096, portsPerServer: 1, radix: 128, oversubscription: 3 });
    expect(blocking).toMatchObject({ leaves: 43, spines: 11 });
  });

  test('a rail-optimized leaf never mixes rails: a few nodes still need one leaf per rail', () => {
    expect(sizeFabric({ topology: 'rail-optimized', servers: 4, portsPerServer: 8, radix: 64, oversubscription: 1 })).toMatchObject({ leaves: 8, spines: 4 });
  });

  test('a fabric with no servers has no switches', () => {
    expect(sizeFabric({ topology: 'rail-optimized', servers: 0, portsPerServer: 8, radix: 64, oversubscription: 1 })).toMatchObject({ switches: 0, cables: 0 });
  });
});
