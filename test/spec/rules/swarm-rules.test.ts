import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

/** The fixture with target swarm and a second node group cab-a/spare in no pool. */
function swarmWithSpare() {
  const site = mdcSite();
  site.spec.target = 'swarm';
  site.spec.cabinets[0].nodeGroups.push({ name: 'spare', count: 1, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 });
  return site;
}

describe('AIS608 swarm-node-group-in-pool', () => {
  test('on a swarm site, a node group in no pool is a warning at its name: it stays a container', () => {
    const src = toYaml(swarmWithSpare());
    const f = only(validateYaml(src), 'AIS608');
    expect(f.severity).toBe('warning');
    expect(f.rule).toBe('swarm-node-group-in-pool');
    expect(f.path).toBe('/spec/cabinets/0/nodeGroups/1/name');
    expect(f.location).toMatchObject(positionOf(src, 'name: spare', 'spare'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      "node group 'cab-a/spare' must be in a pool to run as a swarm service (the site's target is swarm), but no pool holds it; it stays a container on the engine",
    );
    expect(f.fix).toBe("add cab-a/spare to a pool's nodeGroups, or set target: docker on the site");
  });

  test('no warning when every node group is in a pool, or when the site is not a swarm site', () => {
    const pooled = swarmWithSpare();
    pooled.spec.pools!.push({ name: 'batch', nodeGroups: ['cab-a/spare'] });
    expect(codes(validateYaml(pooled))).not.toContain('AIS608');
    const docker = swarmWithSpare();
    delete docker.spec.target;
    expect(codes(validateYaml(docker))).not.toContain('AIS608');
    const swarmPoolOnly = mdcSite();
    swarmPoolOnly.spec.pools![0].target = 'swarm';
    swarmPoolOnly.spec.cabinets[0].nodeGroups.push({ name: 'spare', count: 1, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 });
    expect(codes(validateYaml(swarmPoolOnly))).not.toContain('AIS608');
  });
});

describe('target in the schema', () => {
  test('docker and swarm are the targets of a site and of a pool', () => {
    const site = mdcSite();
    site.spec.target = 'docker';
    site.spec.pools![0].target = 'swarm';
    expect(validateYaml(site).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('another target is a schema error with a did-you-mean', () => {
    const site = mdcSite();
    (site.spec as Record<string, unknown>).target = 'swarn';
    const errors = validateYaml(site).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toMatch(/^AIS1\d\d$/);
    expect(errors[0].path).toBe('/spec/target');
    expect(errors[0].message).toContain("'swarm'");
  });
});
