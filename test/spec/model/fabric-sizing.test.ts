import fc from 'fast-check';
import { fabricCapacity, FabricSizing, FabricSizingInput, leafPorts, MAX_TIERS, maxLeaves, sizeFabric } from '../../../spec/model/fabric-sizing';

/** A sizing that must exist (the test fails, naming the input, when it does not). */
function sized(input: FabricSizingInput): FabricSizing {
  const z = sizeFabric(input);
  if (!z) throw new Error(`no sizing for ${JSON.stringify(input)}`);
  return z;
}

/** A rail-optimized NDR fabric of DGX nodes: 8 rails, 64-port switches, non-blocking. */
const superpod = (nodes: number) => sized({ topology: 'rail-optimized', servers: nodes, portsPerServer: 8, radix: 64, oversubscription: 1 });

/**
 * NVIDIA's published compute-fabric tables, row by row.
 * H100: "NVIDIA DGX SuperPOD: Next Generation Scalable Infrastructure for AI Leadership,
 * Reference Architecture featuring DGX H100", Network Fabrics, Table 4 "Compute fabric
 * component count" (docs.nvidia.com/dgx-superpod/reference-architecture-scalable-
 * infrastructure-h100/latest/network-fabrics.html). 31 nodes per SU (one slot holds the
 * UFM, so NVIDIA's node-to-leaf cable column adds the UFM's 4 ports: 252, 508, 764, 1020).
 * B200: the same architecture with DGX B200, "DGX SuperPOD Architecture", table of larger
 * SuperPOD component counts (docs.nvidia.com/dgx-superpod/reference-architecture-
 * scalable-infrastructure-b200/latest/dgx-superpod-architecture.html). 32 nodes per SU.
 */
const SUPERPOD_ROWS: ReadonlyArray<{
  table: string;
  su: number;
  nodes: number;
  leaves: number;
  spines: number;
  cores: number;
  leafSpineCables: number;
  spineCoreCables: number;
}> = [
  { table: 'H100', su: 1, nodes: 31, leaves: 8, spines: 4, cores: 0, leafSpineCables: 256, spineCoreCables: 0 },
  { table: 'H100', su: 2, nodes: 63, leaves: 16, spines: 8, cores: 0, leafSpineCables: 512, spineCoreCables: 0 },
  { table: 'H100', su: 3, nodes: 95, leaves: 24, spines: 16, cores: 0, leafSpineCables: 768, spineCoreCables: 0 },
  { table: 'H100', su: 4, nodes: 127, leaves: 32, spines: 16, cores: 0, leafSpineCables: 1024, spineCoreCables: 0 },
  { table: 'B200', su: 2, nodes: 64, leaves: 16, spines: 8, cores: 0, leafSpineCables: 512, spineCoreCables: 0 },
  { table: 'B200', su: 4, nodes: 128, leaves: 32, spines: 16, cores: 0, leafSpineCables: 1024, spineCoreCables: 0 },
  { table: 'B200', su: 8, nodes: 256, leaves: 64, spines: 32, cores: 0, leafSpineCables: 2048, spineCoreCables: 0 },
  { table: 'B200', su: 16, nodes: 512, leaves: 128, spines: 128, cores: 64, leafSpineCables: 4096, spineCoreCables: 4096 },
  { table: 'B200', su: 32, nodes: 1024, leaves: 256, spines: 256, cores: 128, leafSpineCables: 8192, spineCoreCables: 8192 },
  { table: 'B200', su: 64, nodes: 2048, leaves: 512, spines: 512, cores: 256, leafSpineCables: 16384, spineCoreCables: 16384 },
];

describe("sizeFabric gives every row of NVIDIA's DGX SuperPOD compute-fabric tables", () => {
  test.each(SUPERPOD_ROWS)('$table $su SU ($nodes nodes): $leaves leaf, $spines spine, $cores core', (row) => {
    const z = superpod(row.nodes);
    expect({ leaves: z.leaves, spines: z.spines, cores: z.cores, leafSpineCables: z.leafSpineCables, spineCoreCables: z.spineCoreCables }).toEqual({
      leaves: row.leaves,
      spines: row.spines,
      cores: row.cores,
      leafSpineCables: row.leafSpineCables,
      spineCoreCables: row.spineCoreCables,
    });
  });

  test.each(SUPERPOD_ROWS)('$table $su SU: one server cable per GPU port ($nodes nodes x 8)', (row) => {
    expect(superpod(row.nodes).serverCables).toBe(row.nodes * 8);
  });

  test("3 SU takes 16 spines, not 12: a leaf's 32 uplinks split equally over 16 (2 each), not over 12", () => {
    const z = superpod(95);
    expect(z.spines).toBe(16);
    expect(z.leafLinksPerSpine * z.spines).toBe(32);
  });

  test('up to 8 SU it is two tiers, from 16 SU three', () => {
    expect([superpod(256).tiers, superpod(512).tiers]).toEqual([2, 3]);
  });

  test('16 SU is 4 pods of 32 leaves with 32 spines each; each core reaches every pod with 16 links', () => {
    const z = superpod(512);
    expect({ pods: z.pods, leavesPerPod: z.leavesPerPod, spinesPerPod: z.spinesPerPod }).toEqual({ pods: 4, leavesPerPod: 32, spinesPerPod: 32 });
    expect(z.pods * z.spinesPerPlane * z.spineLinksPerCore).toBe(64);
  });

  test('counts the switches and cables of every tier', () => {
    const z = superpod(512);
    expect(z.switches).toBe(128 + 128 + 64);
    expect(z.cables).toBe(4096 * 3);
  });
});

describe('sizeFabric for other topologies', () => {
  test('a flat fabric is one switch while the ports fit', () => {
    expect(sizeFabric({ topology: 'flat', servers: 6, portsPerServer: 1, radix: 64, oversubscription: 1 })).toMatchObject({
      tiers: 1,
      leaves: 1,
      spines: 0,
      cores: 0,
      cables: 6,
    });
  });

  test('a flat fabric with more ports than one switch has does not fit', () => {
    expect(sizeFabric({ topology: 'flat', servers: 65, portsPerServer: 1, radix: 64, oversubscription: 1 })).toBeUndefined();
  });

  test('a leaf-spine fabric whose ports fit on one switch is one switch, all ports to servers', () => {
    expect(sizeFabric({ topology: 'leaf-spine', servers: 64, portsPerServer: 1, radix: 64, oversubscription: 1 })).toMatchObject({
      tiers: 1,
      leaves: 1,
      spines: 0,
    });
  });

  test('a leaf-spine fabric spreads ports over leaves with half their ports down when non-blocking', () => {
    expect(sizeFabric({ topology: 'leaf-spine', servers: 100, portsPerServer: 1, radix: 64, oversubscription: 1 })).toMatchObject({
      tiers: 2,
      leaves: 4,
      spines: 2,
      leafSpineCables: 128,
    });
  });

  test('oversubscription gives more leaf ports to servers; spines round up to a divisor of the 32 uplinks (16, not 11)', () => {
    // 128-port leaves at 3:1: 96 down, 32 up; 43 leaves need 1,376 spine ports = 10.75 spines
    expect(sizeFabric({ topology: 'leaf-spine', servers: 4096, portsPerServer: 1, radix: 128, oversubscription: 3 })).toMatchObject({
      leaves: 43,
      spines: 16,
      leafLinksPerSpine: 2,
    });
  });

  test('a leaf-spine fabric grows a third tier when one spine cannot reach every leaf', () => {
    // 64-port leaves at 2:1: 42 down, 22 up; 7,008 ports need 167 leaves > 64
    const z = sized({ topology: 'leaf-spine', servers: 7008, portsPerServer: 1, radix: 64, oversubscription: 2 });
    // 6 pods of at most 28 leaves; 22 spines each (a leaf's 22 uplinks, one per spine)
    expect(z).toMatchObject({ tiers: 3, leaves: 167, pods: 6, leavesPerPod: 28, spinesPerPod: 22, spines: 132 });
    // a spine has 28 links down; 30 up split into 3 cores x 10 links, one plane per spine: 22 x 3 = 66 cores
    expect(z).toMatchObject({ spineUplinks: 30, spinesPerPlane: 1, spineLinksPerCore: 10, cores: 66 });
  });

  test('a rail-optimized leaf never mixes rails: a few nodes still need one leaf per rail', () => {
    expect(sizeFabric({ topology: 'rail-optimized', servers: 4, portsPerServer: 8, radix: 64, oversubscription: 1 })).toMatchObject({ leaves: 8, spines: 4 });
  });

  test('a rail-optimized fabric with one rail that fits on a switch is one switch', () => {
    expect(sizeFabric({ topology: 'rail-optimized', servers: 40, portsPerServer: 1, radix: 64, oversubscription: 1 })).toMatchObject({ tiers: 1, leaves: 1 });
  });

  test('a fabric with no servers has no switches', () => {
    expect(sizeFabric({ topology: 'rail-optimized', servers: 0, portsPerServer: 8, radix: 64, oversubscription: 1 })).toMatchObject({
      tiers: 0,
      switches: 0,
      cables: 0,
    });
  });
});

describe('leafPorts and maxLeaves', () => {
  test('a non-blocking leaf gives half its ports down', () => {
    expect(leafPorts(64, 1)).toEqual({ down: 32, up: 32 });
  });

  test('oversubscription o gives radix x o/(1+o) ports down: 48 of 64 at 3:1', () => {
    expect(leafPorts(64, 3)).toEqual({ down: 48, up: 16 });
  });

  test('a leaf always keeps one uplink', () => {
    expect(leafPorts(4, 16)).toEqual({ down: 3, up: 1 });
  });

  test('three tiers reach radix pods of radix/2 leaves', () => {
    expect(maxLeaves(64)).toBe(2048);
  });
});

describe('fabricCapacity', () => {
  const shape = (topology: FabricSizingInput['topology'], portsPerServer = 1, radix = 64, oversubscription = 1) => ({
    topology,
    portsPerServer,
    radix,
    oversubscription,
  });

  test("a flat fabric holds one switch's ports", () => {
    expect(fabricCapacity(shape('flat'))).toEqual({ servers: 64, ports: 64 });
  });

  test('a non-blocking leaf-spine fabric holds k^3/4 ports in three tiers (65,536 for k=64; Al-Fares et al.)', () => {
    expect(fabricCapacity(shape('leaf-spine')).ports).toBe(64 ** 3 / 4);
  });

  test('oversubscription raises what three tiers hold: 64 x 32 x 42 = 86,016 ports at 2:1', () => {
    expect(fabricCapacity(shape('leaf-spine', 1, 64, 2)).ports).toBe(86016);
  });

  test('a rail-optimized fabric shares the leaves among its rails: 8 rails of 256 leaves x 32 servers', () => {
    expect(fabricCapacity(shape('rail-optimized', 8))).toEqual({ servers: 8192, ports: 65536 });
  });

  test('property: more oversubscription or a larger radix never holds fewer servers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('flat' as const, 'leaf-spine' as const, 'rail-optimized' as const),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 4, max: 1023 }),
        fc.integer({ min: 1, max: 15 }),
        (topology, pps, radix, o) => {
          const base = fabricCapacity(shape(topology, pps, radix, o)).servers;
          expect(fabricCapacity(shape(topology, pps, radix, o + 1)).servers).toBeGreaterThanOrEqual(base);
          expect(fabricCapacity(shape(topology, pps, radix + 1, o)).servers).toBeGreaterThanOrEqual(base);
        },
      ),
      { seed: 3 },
    );
  });
});

/** Random fabrics within the schema's ranges (radix 4–1024, oversubscription 1–16). */
const fabricInputs = fc.record({
  topology: fc.constantFrom('flat' as const, 'leaf-spine' as const, 'rail-optimized' as const),
  servers: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 2_000_000 })),
  portsPerServer: fc.integer({ min: 1, max: 16 }),
  radix: fc.oneof(fc.constantFrom(32, 36, 48, 64, 128), fc.integer({ min: 4, max: 1024 })),
  oversubscription: fc.oneof(fc.integer({ min: 1, max: 16 }), fc.double({ min: 1, max: 16, noNaN: true })),
});

describe('property: the sizing and the capacity are one model', () => {
  test('sizeFabric gives a sizing exactly when the servers are within fabricCapacity', () => {
    fc.assert(
      fc.property(fabricInputs, (input) => {
        expect(sizeFabric(input) !== undefined).toBe(input.servers <= fabricCapacity(input).servers);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  test('the capacity is tight: it fits, one server more does not', () => {
    fc.assert(
      fc.property(fabricInputs, (shape) => {
        const max = fabricCapacity(shape).servers;
        if (max > 0) expect(sizeFabric({ ...shape, servers: max })).toBeDefined();
        expect(sizeFabric({ ...shape, servers: max + 1 })).toBeUndefined();
      }),
      { seed: 12, numRuns: 2000 },
    );
  });

  test('a sizing holds every port in at most three tiers, with equal links to each layer above and no switch over its radix', () => {
    fc.assert(
      fc.property(fabricInputs, (input) => {
        const z = sizeFabric(input);
        if (!z) return;
        const ports = input.servers * input.portsPerServer;
        const { down, up } = leafPorts(input.radix, input.oversubscription);
        expect(z.tiers).toBeLessThanOrEqual(MAX_TIERS);
        expect(z.serverCables).toBe(ports);
        if (z.tiers === 1) {
          expect(ports).toBeLessThanOrEqual(input.radix);
          return;
        }
        if (z.tiers === 0) return;
        // leaves: enough down ports, and a rail-optimized leaf serves one rail
        const perRail = input.topology === 'rail-optimized' ? z.leaves / input.portsPerServer : z.leaves;
        expect(Number.isInteger(perRail)).toBe(true);
        expect(perRail * down).toBeGreaterThanOrEqual(input.topology === 'rail-optimized' ? input.servers : ports);
        // leaf → spine: a leaf's uplinks in equal shares over its pod's spines
        expect(z.leafLinksPerSpine * z.spinesPerPod).toBe(up);
        expect(z.spines).toBe(z.pods * z.spinesPerPod);
        expect(z.pods * z.leavesPerPod).toBeGreaterThanOrEqual(z.leaves);
        expect(z.leafSpineCables).toBe(z.leaves * up);
        if (z.tiers === 2) {
          expect(z.pods).toBe(1);
          expect(z.leaves).toBeLessThanOrEqual(input.radix);
          expect(z.leaves * z.leafLinksPerSpine).toBeLessThanOrEqual(input.radix);
          expect(z.cores).toBe(0);
          return;
        }
        // spine: at least as many links up as down, within its radix
        expect(z.spineUplinks).toBeGreaterThanOrEqual(z.leavesPerPod * z.leafLinksPerSpine);
        expect(z.spineUplinks + z.leavesPerPod * z.leafLinksPerSpine).toBeLessThanOrEqual(input.radix);
        // spine → core: equal shares over the plane's cores; a core's ports reach every pod equally
        expect(z.spineUplinks % z.spineLinksPerCore).toBe(0);
        expect(z.cores).toBe(Math.ceil(z.spinesPerPod / z.spinesPerPlane) * (z.spineUplinks / z.spineLinksPerCore));
        expect(z.pods * z.spinesPerPlane * z.spineLinksPerCore).toBeLessThanOrEqual(input.radix);
        expect(z.spineCoreCables).toBe(z.spines * z.spineUplinks);
        expect(z.spineCoreCables).toBeLessThanOrEqual(z.cores * input.radix);
      }),
      { seed: 13, numRuns: 2000 },
    );
  });

  test('a third tier appears only when one spine cannot reach every leaf', () => {
    fc.assert(
      fc.property(fabricInputs, (input) => {
        const z = sizeFabric(input);
        if (z && z.tiers >= 2) expect(z.tiers === 3).toBe(z.leaves > input.radix);
      }),
      { seed: 14, numRuns: 2000 },
    );
  });
});
