import fc from 'fast-check';
import { Catalog } from '../../../spec/catalog/catalog';
import { nicsFor } from '../../../spec/model/fabric-capacity';
import { FabricSizingInput, sizeFabric } from '../../../spec/model/fabric-sizing';
import { Fabric } from '../../../spec/site-types.generated';
import { validatePaths } from '../../../spec/validate';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

// The fixture's servers use furiosa-rngd's default profile.
const catalog = Catalog.builtin();
const profile = catalog.profile(catalog.accelerator('furiosa-rngd')!.defaultServerProfile!)!;

/** A NationalAiCenter whose storage and management fabrics need three tiers (issue 9). */
const NATIONAL = 'test/fixtures/sites/national-three-tier-fabrics.yaml';

/** The smallest switch radix that holds the fabric, found by trying each. */
function firstRadix(input: FabricSizingInput): number {
  for (let radix = input.radix; ; radix++) if (sizeFabric({ ...input, radix })) return radix;
}

describe('AIS501 fabric-node-group-reference', () => {
  test('a fabric attaching a node group that does not exist is an error at the reference, with a did-you-mean', () => {
    const site = mdcSite();
    site.spec.fabrics![0].nodeGroups = ['cab-a/npv'];
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS501');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('fabric-node-group-reference');
    expect(f.location).toMatchObject(positionOf(src, '- cab-a/npv', 'cab-a/npv'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      "node groups of fabric 'compute' must be cabinet/nodeGroup references to this site, but 'cab-a/npv' was given. Did you mean 'cab-a/npu'?",
    );
  });

  test('a fabric attaching an existing node group is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![0].nodeGroups = ['cab-a/npu'];
    expect(codes(validateYaml(site))).not.toContain('AIS501');
  });
});

describe('AIS502 fabric-rails', () => {
  test('a rail-optimized compute fabric with fewer NICs than accelerators is a warning at topology', () => {
    const site = mdcSite();
    site.spec.fabrics![0].topology = 'rail-optimized';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS502');
    const perNode = site.spec.cabinets[0].nodeGroups[0].acceleratorsPerNode;
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, 'topology: rail-optimized', 'rail-optimized'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `compute NICs of 'cab-a/npu' on rail-optimized fabric 'compute' must be one per accelerator (${perNode}), but ${profile.computeNics} (server profile '${profile.id}') are available`,
    );
  });

  test('one NIC per accelerator makes a rail each', () => {
    const site = mdcSite();
    site.spec.fabrics![0].topology = 'rail-optimized';
    site.spec.cabinets[0].nodeGroups[0].acceleratorsPerNode = profile.computeNics;
    expect(codes(validateYaml(site))).not.toContain('AIS502');
  });
});

describe('AIS503 fabric-nic-speed', () => {
  test("compute links faster than the servers' NICs are a warning at linkGbps", () => {
    const site = mdcSite();
    const gbps = profile.computeNicGbps * 2;
    site.spec.fabrics![0].linkGbps = gbps;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS503');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, `linkGbps: ${gbps}`, String(gbps)));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `compute NICs of 'cab-a/npu' must be at least ${gbps} Gb/s to use fabric 'compute''s links, but ${profile.computeNicGbps} Gb/s (server profile '${profile.id}') is available`,
    );
    expect(f.fix).toContain(`lower linkGbps to ${profile.computeNicGbps}`);
  });

  test('links as fast as the NICs are fine', () => {
    const site = mdcSite();
    site.spec.fabrics![0].linkGbps = profile.computeNicGbps;
    expect(codes(validateYaml(site))).not.toContain('AIS503');
  });
});

describe('AIS504 fabric-switch-radix', () => {
  const ports = () => mdcSite().spec.cabinets[0].nodeGroups[0].count * profile.computeNics;

  test('a flat fabric with more endpoint ports than one switch has is an error at topology', () => {
    const site = mdcSite();
    site.spec.fabrics![0].topology = 'flat';
    site.spec.fabrics![0].switchRadix = ports() / 2;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS504');
    expect(f.severity).toBe('error');
    // fabric 0 (compute) comes before mgmt, which is flat too
    expect(f.location).toMatchObject(positionOf(src, 'topology: flat', 'flat', 0));
    expect(f.path).toBe('/spec/fabrics/0/topology');
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `the endpoint ports of flat fabric 'compute' must be at most ${ports() / 2} (one ${ports() / 2}-port switch), but ${ports()} are attached`,
    );
    expect(f.fix).toBe(`use topology: leaf-spine, or use switchRadix: ${ports()} or more`);
  });

  test('a flat fabric whose switch has a port for every endpoint is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![0].topology = 'flat';
    site.spec.fabrics![0].switchRadix = ports();
    expect(codes(validateYaml(site))).not.toContain('AIS504');
  });

  /** 8 cabinets x 4 servers on 4-port switches at 1:1: 2 down, 2 up; three tiers hold 4 x 2 x 2 = 16 ports. */
  const crowded = (purpose: Fabric['purpose'], topology: Fabric['topology'] = 'leaf-spine', cabinets = 8) => {
    const site = mdcSite();
    site.spec.cabinets[0].count = cabinets;
    site.spec.fabrics![0] = { ...site.spec.fabrics![0], purpose, topology, switchRadix: 4 };
    site.spec.fabrics![1].topology = 'leaf-spine';
    site.spec.fabrics![1].switchRadix = 64;
    return site;
  };
  const demand = (purpose: Fabric['purpose']) => 32 * nicsFor(purpose, profile);

  test('a leaf-spine fabric beyond three tiers is an error naming the three-tier limit', () => {
    const f = only(validateYaml(crowded('storage')), 'AIS504');
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `the endpoint ports of leaf-spine fabric 'compute' must be at most 16 (3 tiers of 4-port switches at 1:1), but ${demand('storage')} are attached`,
    );
  });

  test('a rail-optimized fabric beyond three tiers names its rails', () => {
    const f = only(validateYaml(crowded('compute', 'rail-optimized')), 'AIS504');
    expect(f.message).toContain(`(${profile.computeNics} rails on 3 tiers of 4-port switches at 1:1)`);
  });

  test('the fix for a storage fabric is a larger radix or a split, never rail-optimized or more oversubscription', () => {
    const f = only(validateYaml(crowded('storage')), 'AIS504');
    const radix = firstRadix({ topology: 'leaf-spine', servers: demand('storage'), portsPerServer: 1, radix: 4, oversubscription: 1 });
    expect(f.fix).toBe(
      `use switchRadix: ${radix} or more, or split it into ${Math.ceil(demand('storage') / 16)} fabrics of at most 16 ports (list their nodeGroups)`,
    );
  });

  test('the fix for a management fabric may also raise its oversubscription (20 ports: 3 of 4 leaf ports down hold 24)', () => {
    const f = only(validateYaml(crowded('management', 'leaf-spine', 5)), 'AIS504');
    expect(f.fix).toBe('use switchRadix: 5 or more, or raise oversubscription to 3, or split it into 2 fabrics of at most 16 ports (list their nodeGroups)');
    expect(f.fix).not.toContain('rail-optimized');
  });

  test('the fix for a compute fabric never suggests oversubscription', () => {
    const f = only(validateYaml(crowded('compute')), 'AIS504');
    expect(f.fix).toMatch(/^use switchRadix: \d+ or more, or split it into \d+ fabrics/);
    expect(f.fix).not.toContain('oversubscription');
  });

  test('the national center with three-tier storage (7,008 ports at 2:1) and management (4:1) fabrics validates clean', () => {
    const result = validatePaths([NATIONAL]);
    expect(result.findings).toEqual([]);
  });

  test('property: the rule refuses a fabric exactly when sizeFabric cannot hold it in three tiers', () => {
    const seen = new Set<boolean>();
    fc.assert(
      fc.property(
        fc.constantFrom('flat' as const, 'leaf-spine' as const, 'rail-optimized' as const),
        fc.integer({ min: 1, max: 100000 }),
        fc.oneof(fc.integer({ min: 4, max: 64 }), fc.integer({ min: 4, max: 1024 })),
        fc.integer({ min: 1, max: 16 }),
        (topology, cabinets, radix, oversubscription) => {
          const site = mdcSite();
          site.spec.cabinets[0].count = cabinets;
          site.spec.fabrics![0] = { ...site.spec.fabrics![0], topology, switchRadix: radix, oversubscription };
          site.spec.fabrics![1] = { ...site.spec.fabrics![1], topology: 'leaf-spine', switchRadix: 1024 };
          const servers = cabinets * mdcSite().spec.cabinets[0].nodeGroups[0].count;
          const rail = topology === 'rail-optimized';
          const input = {
            topology,
            radix,
            oversubscription,
            servers: rail ? servers : servers * profile.computeNics,
            portsPerServer: rail ? profile.computeNics : 1,
          };
          const refused = validateYaml(site).some((f) => f.code === 'AIS504' && f.path === '/spec/fabrics/0/topology');
          expect(refused).toBe(sizeFabric(input) === undefined);
          seen.add(refused);
        },
      ),
      { seed: 504, numRuns: 60 },
    );
    // the runs covered both verdicts
    expect([...seen].sort()).toEqual([false, true]);
  });
});

describe('AIS505 compute-fabric-oversubscription', () => {
  test('an oversubscribed compute fabric is a warning at oversubscription', () => {
    const site = mdcSite();
    site.spec.fabrics![0].oversubscription = 2;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS505');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, 'oversubscription: 2', '2'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the oversubscription of compute fabric 'compute' must be 1 (non-blocking) for collective traffic, but 2 was given");
  });

  test('an oversubscribed management fabric is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![1].oversubscription = 3;
    expect(codes(validateYaml(site))).not.toContain('AIS505');
  });
});
