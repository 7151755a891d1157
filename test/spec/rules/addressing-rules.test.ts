import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

describe('AIS401 subnet-overlap', () => {
  test('two fabric subnets that overlap are an error at each, naming the other', () => {
    const site = mdcSite();
    site.spec.fabrics![1].subnet = '10.40.0.128/25';
    const src = toYaml(site);
    const found = validateYaml(src).filter((f) => f.code === 'AIS401');
    expect(found.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(found.map((f) => f.rule)).toEqual(['subnet-overlap', 'subnet-overlap']);
    const onMgmt = found.find((f) => f.path === '/spec/fabrics/1/subnet')!;
    expect(onMgmt.location).toMatchObject(positionOf(src, 'subnet: 10.40.0.128/25', '10.40.0.128/25'));
    expect(onMgmt.message).toMatch(MUST_BE);
    expect(onMgmt.message).toBe("the subnet of fabric 'mgmt' must be disjoint from fabric 'compute''s 10.40.0.0/24, but 10.40.0.128/25 was given");
    expect(found.find((f) => f.path === '/spec/fabrics/0/subnet')!.message).toBe(
      "the subnet of fabric 'compute' must be disjoint from fabric 'mgmt''s 10.40.0.128/25, but 10.40.0.0/24 was given",
    );
  });

  test('a subnet that many fabrics overlap gets one finding naming five of them and counting the rest', () => {
    const site = mdcSite();
    site.spec.fabrics = Array.from({ length: 40 }, (_, k) => ({
      name: `f${k}`,
      purpose: 'compute' as const,
      linkGbps: 100,
      subnet: '10.40.0.0/24',
      topology: 'flat' as const,
    }));
    const found = validateYaml(site).filter((f) => f.code === 'AIS401');
    expect(found).toHaveLength(40);
    expect(found[0].message).toBe(
      "the subnet of fabric 'f0' must be disjoint from fabric 'f1''s 10.40.0.0/24, fabric 'f2''s 10.40.0.0/24, fabric 'f3''s 10.40.0.0/24, fabric 'f4''s 10.40.0.0/24, fabric 'f5''s 10.40.0.0/24 and 34 more other fabrics, but 10.40.0.0/24 was given",
    );
  });

  test('adjacent subnets do not overlap', () => {
    const site = mdcSite();
    site.spec.fabrics![1].subnet = '10.40.1.0/24'; // starts where 10.40.0.0/24 ends
    expect(codes(validateYaml(site))).not.toContain('AIS401');
  });
});

describe('AIS402 subnet-overlap-across-sites', () => {
  function otherSite(compute: string, mgmt: string) {
    const b = mdcSite('site-b');
    b.spec.fabrics![0].subnet = compute;
    b.spec.fabrics![1].subnet = mgmt;
    return toYaml(b, 'b.yaml');
  }

  test('a subnet another site uses is an error at the subnet, naming where the other one is', () => {
    const a = toYaml(mdcSite('site-a'), 'a.yaml');
    const b = otherSite('10.40.0.0/23', '10.60.0.0/24');
    const found = validateYaml(a, b).filter((f) => f.code === 'AIS402');
    // 10.40.0.0/23 covers both of site-a's /24s: one finding on each of the three subnets.
    expect(found.map((f) => `${f.location.file} ${f.path}`)).toEqual([
      'a.yaml /spec/fabrics/0/subnet',
      'a.yaml /spec/fabrics/1/subnet',
      'b.yaml /spec/fabrics/0/subnet',
    ]);
    const onB = found.find((f) => f.location.file === 'b.yaml')!;
    expect(onB.severity).toBe('error');
    expect(onB.location).toMatchObject(positionOf(b, 'subnet: 10.40.0.0/23', '10.40.0.0/23'));
    const compute = positionOf(a, 'subnet: 10.40.0.0/24', '10.40.0.0/24');
    const mgmt = positionOf(a, 'subnet: 10.40.1.0/24', '10.40.1.0/24');
    expect(onB.message).toMatch(MUST_BE);
    expect(onB.message).toBe(
      `the subnet of fabric 'compute' must be disjoint from 'site-a'/compute 10.40.0.0/24 (a.yaml:${compute.line}:${compute.column}) and 'site-a'/mgmt 10.40.1.0/24 (a.yaml:${mgmt.line}:${mgmt.column}), but 10.40.0.0/23 was given`,
    );
    const at = positionOf(b, 'subnet: 10.40.0.0/23', '10.40.0.0/23');
    expect(found[0].message).toBe(
      `the subnet of fabric 'compute' must be disjoint from 'site-b'/compute 10.40.0.0/23 (b.yaml:${at.line}:${at.column}), but 10.40.0.0/24 was given`,
    );
  });

  test('a subnet shared by many sites is one finding per site, naming five others and counting the rest', () => {
    const sites = Array.from({ length: 30 }, (_, k) => {
      const s = mdcSite(`site-${String(k).padStart(2, '0')}`);
      s.spec.fabrics = [s.spec.fabrics![0]];
      return toYaml(s, `s${String(k).padStart(2, '0')}.yaml`);
    });
    const found = validateYaml(...sites).filter((f) => f.code === 'AIS402');
    expect(found.map((f) => f.site)).toEqual(sites.map((_, k) => `site-${String(k).padStart(2, '0')}`));
    const last = found[found.length - 1].message;
    expect(last).toMatch(/^the subnet of fabric 'compute' must be disjoint from 'site-00'\/compute 10\.40\.0\.0\/24 \(s00\.yaml:\d+:\d+\), /);
    expect(last.match(/'site-\d\d'\/compute/g)).toHaveLength(5);
    expect(last).toContain(' and 24 more subnets of other sites, but 10.40.0.0/24 was given');
  });

  test('subnets of the same site, or of files that repeat one site name, are not counted as other sites', () => {
    const a = mdcSite('site-a');
    a.spec.fabrics![1].subnet = '10.40.0.0/24';
    const again = toYaml(a, 'again.yaml');
    const b = mdcSite('site-b');
    b.spec.fabrics = [{ ...b.spec.fabrics![0], subnet: '10.40.0.0/16' }];
    const found = validateYaml(toYaml(a, 'a.yaml'), again, toYaml(b, 'b.yaml')).filter((f) => f.code === 'AIS402');
    const onB = found.find((f) => f.site === 'site-b')!;
    expect(onB.message.match(/'site-a'\/(compute|mgmt) 10\.40\.0\.0\/24 \((a|again)\.yaml:\d+:\d+\)/g)).toHaveLength(4);
    for (const f of found.filter((x) => x.site === 'site-a')) {
      expect(f.message).toMatch(/must be disjoint from 'site-b'\/compute 10\.40\.0\.0\/16 \(b\.yaml:\d+:\d+\), but/);
    }
  });

  test('sites in separate address blocks are fine', () => {
    const a = toYaml(mdcSite('site-a'), 'a.yaml');
    const b = otherSite('10.50.0.0/24', '10.50.1.0/24');
    expect(codes(validateYaml(a, b))).not.toContain('AIS402');
  });
});

describe('AIS403 subnet-size', () => {
  test('a subnet too small for the servers and the controller is an error, suggesting a prefix', () => {
    const site = mdcSite();
    site.spec.fabrics![0].subnet = '10.40.0.0/30';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS403');
    const servers = site.spec.cabinets[0].nodeGroups[0].count;
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'subnet: 10.40.0.0/30', '10.40.0.0/30'));
    expect(f.message).toMatch(MUST_BE);
    // a /30 has 4 addresses; network, broadcast and the Docker gateway leave 1.
    expect(f.message).toBe(
      `the subnet of fabric 'compute' must be large enough for ${servers + 1} addresses (${servers} servers + the site controller), but 10.40.0.0/30 (1 usable) was given`,
    );
    // a /29 leaves 8 - 3 = 5 = servers + 1.
    expect(f.fix).toBe('use a /29 or larger');
  });

  test('a subnet with exactly enough usable addresses is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![0].subnet = '10.40.0.0/29';
    expect(codes(validateYaml(site))).not.toContain('AIS403');
  });

  test('only attached node groups count', () => {
    const site = mdcSite();
    const cab = site.spec.cabinets[0];
    cab.nodeGroups.push({ name: 'npu2', count: 4, accelerator: 'furiosa-rngd', acceleratorsPerNode: 2 });
    site.spec.pools![0].nodeGroups.push('cab-a/npu2');
    site.spec.fabrics![0].subnet = '10.40.0.0/29'; // room for 4 servers + controller, not 8
    site.spec.fabrics![0].nodeGroups = ['cab-a/npu'];
    expect(codes(validateYaml(site))).not.toContain('AIS403');
  });
});

describe('AIS404 subnet-network-address', () => {
  test('a subnet with host bits set is an error, giving the network address', () => {
    const site = mdcSite();
    site.spec.fabrics![0].subnet = '10.40.0.1/24';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS404');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'subnet: 10.40.0.1/24', '10.40.0.1/24'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the subnet of fabric 'compute' must be a network address (10.40.0.0/24), but 10.40.0.1/24 was given");
    expect(f.fix).toBe('write 10.40.0.0/24');
  });

  test('a network address is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![0].subnet = '10.40.4.0/22';
    expect(codes(validateYaml(site))).not.toContain('AIS404');
  });
});

describe('AIS405 subnet-docker-bridge', () => {
  test("a subnet inside Docker's default bridge is a warning at the subnet", () => {
    const site = mdcSite();
    site.spec.fabrics![0].subnet = '172.17.5.0/24';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS405');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, 'subnet: 172.17.5.0/24', '172.17.5.0/24'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the subnet of fabric 'compute' must be outside Docker's default bridge 172.17.0.0/16, but 172.17.5.0/24 was given");
  });

  test('the neighbouring 172.18.0.0/16 block is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![0].subnet = '172.18.0.0/24';
    expect(codes(validateYaml(site))).not.toContain('AIS405');
  });
});

describe('AIS406 twin-address-pool', () => {
  const pooled = (name: string, pool: string, fabric: string) => {
    const s = mdcSite(name);
    s.spec.fabrics = [{ name: 'compute', purpose: 'compute', linkGbps: 100, subnet: fabric, topology: 'leaf-spine' }];
    s.spec.twin = { addressPool: pool };
    return s;
  };

  test('sites validated together that do not fit their pool: an error per site that lost, at spec.twin.addressPool', () => {
    const a = toYaml(pooled('site-a', '10.99.0.0/24', '10.1.0.0/24'), 'a.yaml');
    const b = toYaml(pooled('site-b', '10.99.0.0/24', '10.2.0.0/24'), 'b.yaml');
    const found = validateYaml(a, b).filter((f) => f.code === 'AIS406');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', rule: 'twin-address-pool', site: 'site-b', path: '/spec/twin/addressPool' });
    expect(found[0].location).toMatchObject(positionOf(b, 'addressPool: 10.99.0.0/24', '10.99.0.0/24'));
    expect(found[0].message).toMatch(MUST_BE);
    expect(found[0].message).toBe(
      "the twin address pool must be large enough for every network of the twin outside the fabrics and the other sites' networks (no block is left for 'site-b-tenant-radiology-ai' (a /24)), but 10.99.0.0/24 was given",
    );
    expect(found[0].fix).toMatch(/^set spec\.twin\.addressPool to a larger block that no fabric uses/);
  });

  test('without spec.twin the finding is at metadata.name and says the default pool', () => {
    const s = mdcSite('solo');
    s.spec.fabrics = [{ name: 'compute', purpose: 'compute', linkGbps: 100, subnet: '10.240.0.0/12', topology: 'leaf-spine' }];
    const found = validateYaml(s).filter((f) => f.code === 'AIS406');
    expect(found.map((f) => [f.path, /but 10\.240\.0\.0\/12 \(the default\) was given$/.test(f.message)])).toEqual([['/metadata/name', true]]);
  });

  test('the same sites in a pool large enough: no finding', () => {
    const a = pooled('site-a', '10.99.0.0/23', '10.1.0.0/24');
    const b = pooled('site-b', '10.99.0.0/23', '10.2.0.0/24');
    expect(codes(validateYaml(a, b))).not.toContain('AIS406');
  });

  test('a site alone fits where the set does not: the rule looks at the sites validated together', () => {
    expect(codes(validateYaml(pooled('site-b', '10.99.0.0/24', '10.2.0.0/24')))).not.toContain('AIS406');
  });
});
