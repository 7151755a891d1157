import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

/** Accelerators in the fixture's one node group (and so in its pool). */
function poolSize(): number {
  const g = mdcSite().spec.cabinets[0].nodeGroups[0];
  return g.count * g.acceleratorsPerNode;
}

/** The fixture with a second node group cab-a/npu2 of 4 servers with 2 accelerators each. */
function withSecondGroup() {
  const site = mdcSite();
  site.spec.cabinets[0].nodeGroups.push({ name: 'npu2', count: 2, accelerator: 'furiosa-rngd', acceleratorsPerNode: 2 });
  return site;
}

describe('AIS601 pool-node-group-reference', () => {
  test('a pool made of a node group that does not exist is an error at the reference, with a did-you-mean', () => {
    const site = mdcSite();
    site.spec.pools![0].nodeGroups = ['cab-a/npv'];
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS601');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('pool-node-group-reference');
    expect(f.location).toMatchObject(positionOf(src, '- cab-a/npv', 'cab-a/npv'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      "node groups of pool 'inference' must be cabinet/nodeGroup references to this site, but 'cab-a/npv' was given. Did you mean 'cab-a/npu'?",
    );
  });

  test('a pool of existing node groups is fine', () => {
    const site = withSecondGroup();
    site.spec.pools![0].nodeGroups = ['cab-a/npu', 'cab-a/npu2'];
    expect(codes(validateYaml(site))).not.toContain('AIS601');
  });
});

describe('AIS602 node-group-in-one-pool', () => {
  test('a node group in two pools is an error at its second use', () => {
    const site = mdcSite();
    site.spec.pools!.push({ name: 'batch', nodeGroups: ['cab-a/npu'] });
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS602');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, '- cab-a/npu', 'cab-a/npu', 1));
    expect(f.path).toBe('/spec/pools/1/nodeGroups/0');
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("node group 'cab-a/npu' must be in one pool only, but pool 'batch' (it is already in 'inference') was given");
  });

  test('two pools of different node groups are fine', () => {
    const site = withSecondGroup();
    site.spec.pools!.push({ name: 'batch', nodeGroups: ['cab-a/npu2'] });
    expect(codes(validateYaml(site))).not.toContain('AIS602');
  });
});

describe('AIS603 tenant-pool-reference', () => {
  test('a tenant of a pool that does not exist is an error at its pool, with a did-you-mean', () => {
    const site = mdcSite();
    site.spec.tenants![0].pool = 'inferense';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS603');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'pool: inferense', 'inferense'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the pool of tenant 'radiology-ai' must be a pool of this site, but 'inferense' was given. Did you mean 'inference'?");
    expect(f.fix).toBe('use one of inference');
  });

  test('with no pools at all, the fix says to declare one', () => {
    const site = mdcSite();
    delete site.spec.pools;
    expect(only(validateYaml(site), 'AIS603').fix).toBe('declare the pool under spec.pools');
  });

  test('a tenant of an existing pool is fine', () => {
    expect(codes(validateYaml(mdcSite()))).not.toContain('AIS603');
  });
});

describe('AIS604 guaranteed-fits-pool', () => {
  test('guaranteed quotas adding up to more than the pool are an error at the pool name', () => {
    const site = mdcSite();
    const half = poolSize() / 2 + 4;
    site.spec.tenants = [
      { name: 'radiology-ai', pool: 'inference', guaranteed: half },
      { name: 'emr-assistant', pool: 'inference', guaranteed: half },
    ];
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS604');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, '- name: inference', 'inference'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `the guaranteed quotas of pool 'inference' must be at most its ${poolSize()} accelerators, but ${2 * half} (radiology-ai ${half}, emr-assistant ${half}) are guaranteed`,
    );
  });

  test('guaranteed quotas that exactly fill the pool are fine', () => {
    const site = mdcSite();
    site.spec.tenants = [
      { name: 'radiology-ai', pool: 'inference', guaranteed: poolSize() / 2 },
      { name: 'emr-assistant', pool: 'inference', guaranteed: poolSize() / 2 },
    ];
    expect(codes(validateYaml(site))).not.toContain('AIS604');
  });
});

describe('AIS605 limit-at-least-guaranteed', () => {
  test('a limit below the guaranteed quota is an error at limit', () => {
    const site = mdcSite();
    site.spec.tenants![0].limit = 8;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS605');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'limit: 8', '8'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the limit of tenant 'radiology-ai' must be at least its guaranteed 16, but 8 was given");
  });

  test('a limit equal to the guaranteed quota is fine', () => {
    const site = mdcSite();
    site.spec.tenants![0].limit = site.spec.tenants![0].guaranteed;
    expect(codes(validateYaml(site))).not.toContain('AIS605');
  });
});

describe('AIS606 limit-within-pool', () => {
  test("a limit beyond the pool's accelerators is a warning at limit", () => {
    const site = mdcSite();
    site.spec.tenants![0].limit = poolSize() + 8;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS606');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, `limit: ${poolSize() + 8}`, String(poolSize() + 8)));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(`the limit of tenant 'radiology-ai' must be at most pool 'inference''s ${poolSize()} accelerators, but ${poolSize() + 8} was given`);
  });

  test('a limit of the whole pool is fine', () => {
    const site = mdcSite();
    site.spec.tenants![0].limit = poolSize();
    expect(codes(validateYaml(site))).not.toContain('AIS606');
  });
});

describe('AIS607 pool-has-tenants', () => {
  test('a pool no tenant draws from is reported as info at its name', () => {
    const site = withSecondGroup();
    site.spec.pools!.push({ name: 'spare', nodeGroups: ['cab-a/npu2'] });
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS607');
    expect(f.severity).toBe('info');
    expect(f.location).toMatchObject(positionOf(src, '- name: spare', 'spare'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("pool 'spare' must be used by a tenant, but no tenant draws from it");
  });

  test('a pool with a tenant is fine', () => {
    const site = withSecondGroup();
    site.spec.pools!.push({ name: 'spare', nodeGroups: ['cab-a/npu2'] });
    site.spec.tenants!.push({ name: 'batch-jobs', pool: 'spare', guaranteed: 0 });
    expect(codes(validateYaml(site))).not.toContain('AIS607');
  });
});
