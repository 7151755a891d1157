import { Catalog } from '../../../spec/catalog/catalog';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

// The fixture's servers use furiosa-rngd's default profile.
const catalog = Catalog.builtin();
const profile = catalog.profile(catalog.accelerator('furiosa-rngd')!.defaultServerProfile!)!;

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
    expect(f.message).toBe("node groups of fabric 'compute' must be cabinet/nodeGroup references to this site, but 'cab-a/npv' was given. Did you mean 'cab-a/npu'?");
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
    expect(f.message).toBe(`compute NICs of 'cab-a/npu' on rail-optimized fabric 'compute' must be one per accelerator (${perNode}), but ${profile.computeNics} (server profile '${profile.id}') are available`);
  });

  test('one NIC per accelerator makes a rail each', () => {
    const site = mdcSite();
    site.spec.fabrics![0].topology = 'rail-optimized';
    site.spec.cabinets[0].nodeGroups[0].acceleratorsPerNode = profile.computeNics;
    expect(codes(validateYaml(site))).not.toContain('AIS502');
  });
});

describe('AIS503 fabric-nic-speed', () => {
  test('compute links faster than the servers\' NICs are a warning at linkGbps', () => {
    const site = mdcSite();
    const gbps = profile.computeNicGbps * 2;
    site.spec.fabrics![0].linkGbps = gbps;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS503');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, `linkGbps: ${gbps}`, String(gbps)));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(`compute NICs of 'cab-a/npu' must be at least ${gbps} Gb/s to use fabric 'compute''s links, but ${profile.computeNicGbps} Gb/s (server profile '${profile.id}') is available`);
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
    expect(f.message).toBe(`the endpoint ports of flat fabric 'compute' must be at most ${ports() / 2} with ${ports() / 2}-port switches at 1:1, but ${ports()} are attached`);
    expect(f.fix).toContain('topology: leaf-spine');
  });

  test('a flat fabric whose switch has a port for every endpoint is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![0].topology = 'flat';
    site.spec.fabrics![0].switchRadix = ports();
    expect(codes(validateYaml(site))).not.toContain('AIS504');
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
