import * as fs from 'fs';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

describe('AIS304 unique-names', () => {
  test('a second fabric with the same name is an error at its name', () => {
    const site = mdcSite();
    site.spec.fabrics![1].name = 'compute';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS304');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('unique-names');
    expect(f.location).toMatchObject(positionOf(src, '- name: compute', 'compute', 1));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("each fabric name must be unique, but 'compute' (already used by entry 0) was given again");
  });

  test('a node group may share its name with a node group of another cabinet', () => {
    const site = mdcSite();
    site.spec.cabinets.push({ ...structuredClone(site.spec.cabinets[0]), name: 'cab-b' });
    expect(codes(validateYaml(site))).not.toContain('AIS304');
  });

  test('a repeated node group name within one cabinet is an error', () => {
    const site = mdcSite();
    const cab = site.spec.cabinets[0];
    cab.nodeGroups.push({ ...cab.nodeGroups[0], count: 1 });
    const f = only(validateYaml(site), 'AIS304');
    expect(f.path).toBe('/spec/cabinets/0/nodeGroups/1/name');
    expect(f.message).toContain("node group in cabinet 'cab-a'");
  });
});

describe('AIS305 unique-site-names', () => {
  function twoSites(nameB: string) {
    const b = mdcSite(nameB);
    b.spec.fabrics![0].subnet = '10.50.0.0/24';
    b.spec.fabrics![1].subnet = '10.50.1.0/24';
    return [toYaml(mdcSite('site-one'), 'a.yaml'), toYaml(b, 'b.yaml')] as const;
  }

  test('two sites with one metadata.name are an error at the second name, pointing at the first', () => {
    const [a, b] = twoSites('site-one');
    const f = only(validateYaml(a, b), 'AIS305');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(b, 'name: site-one', 'site-one'));
    const first = positionOf(a, 'name: site-one', 'site-one');
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(`metadata.name must be unique across sites, but 'site-one' (also at a.yaml:${first.line}:${first.column}) was given again`);
  });

  test('sites with different names are fine', () => {
    const [a, b] = twoSites('site-two');
    expect(codes(validateYaml(a, b))).not.toContain('AIS305');
  });
});

describe('AIS308 unique-docker-names', () => {
  test('fabric tenant-ta and tenant ta would both be the network <site>-tenant-ta: an error at the tenant naming the fabric', () => {
    const site = mdcSite('q');
    site.spec.fabrics![1].name = 'tenant-ta';
    site.spec.tenants![0].name = 'ta';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS308');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('unique-docker-names');
    expect(f.location).toMatchObject(positionOf(src, '- name: ta', 'ta'));
    const fabric = positionOf(src, 'name: tenant-ta', 'tenant-ta');
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `the Docker network name of tenant 'ta' must be unique, but 'q-tenant-ta' (also given by fabric 'tenant-ta' at site.yaml:${fabric.line}:${fabric.column}) was given`,
    );
    expect(f.fix).toContain('rename one of the two');
  });

  test("cabinet x-cab's group npu and cabinet x's group cab-npu would share container names", () => {
    const site = mdcSite('s');
    const cab = site.spec.cabinets[0];
    site.spec.cabinets = [
      { ...structuredClone(cab), name: 'x-cab' },
      { ...structuredClone(cab), name: 'x', nodeGroups: [{ ...cab.nodeGroups[0], name: 'cab-npu' }] },
    ];
    site.spec.pools![0].nodeGroups = ['x-cab/npu'];
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS308');
    expect(f.path).toBe('/spec/cabinets/1/nodeGroups/0/name');
    const first = positionOf(src, '- name: npu', 'npu');
    expect(f.message).toBe(
      `the Docker container names of node group 'x/cab-npu' must be unique, but 's-x-cab-npu-0' (also given by node group 'x-cab/npu' at site.yaml:${first.line}:${first.column}) was given`,
    );
  });

  test("a tenant's gateway container named like a server container of a node group collides, within the group's servers only", () => {
    const site = mdcSite('s');
    site.spec.cabinets[0].name = 'tenant';
    site.spec.cabinets[0].nodeGroups[0].name = 'a';
    site.spec.pools![0].nodeGroups = ['tenant/a'];
    const servers = site.spec.cabinets[0].nodeGroups[0].count;
    site.spec.tenants![0].name = `a-${servers - 1}`;
    const f = only(validateYaml(site), 'AIS308');
    expect(f.path).toBe('/spec/cabinets/0/nodeGroups/0/name');
    expect(f.message).toContain(`but 's-tenant-a-${servers - 1}' (also given by tenant 'a-${servers - 1}' at doc-1.yaml:`);
    site.spec.tenants![0].name = `a-${servers}`; // past the last server
    expect(codes(validateYaml(site))).not.toContain('AIS308');
    site.spec.tenants![0].name = 'a-01'; // node groups never number with a leading zero
    expect(codes(validateYaml(site))).not.toContain('AIS308');
  });

  test('two fabrics with one name are AIS304 only, not a Docker name finding too', () => {
    const site = mdcSite();
    site.spec.fabrics![1].name = 'compute';
    expect(codes(validateYaml(site)).filter((c) => c === 'AIS304' || c === 'AIS308')).toEqual(['AIS304']);
  });

  test('the examples give no Docker name twice', () => {
    const sites = ['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center'].map((n) => ({
      file: `${n}.yaml`,
      text: fs.readFileSync(`examples/${n}.yaml`, 'utf8'),
    }));
    expect(codes(validateYaml(...sites)).filter((c) => c === 'AIS308' || c === 'AIS309')).toEqual([]);
  });
});

describe('AIS309 unique-docker-names-across-sites', () => {
  function distinctSubnets(site: ReturnType<typeof mdcSite>, k: number) {
    site.spec.fabrics!.forEach((f, i) => {
      f.subnet = `10.${60 + k}.${i}.0/24`;
    });
    return site;
  }

  test("site q's cabinet x-cab and site q-x's cabinet cab give the same container names: an error at the later site naming the first", () => {
    const q = distinctSubnets(mdcSite('q'), 0);
    q.spec.cabinets[0].name = 'x-cab';
    q.spec.pools![0].nodeGroups = ['x-cab/npu'];
    const qx = distinctSubnets(mdcSite('q-x'), 1);
    qx.spec.cabinets[0].name = 'cab';
    qx.spec.pools![0].nodeGroups = ['cab/npu'];
    const a = toYaml(q, 'q.yaml');
    const b = toYaml(qx, 'q-x.yaml');
    const f = only(validateYaml(a, b), 'AIS309');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('unique-docker-names-across-sites');
    expect(f.site).toBe('q-x');
    expect(f.location).toMatchObject(positionOf(b, '- name: npu', 'npu'));
    const first = positionOf(a, '- name: npu', 'npu');
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `the Docker container names of node group 'cab/npu' must be unique, but 'q-x-cab-npu-0' (also given by node group 'x-cab/npu' of site 'q' at q.yaml:${first.line}:${first.column}) was given`,
    );
  });

  test("site a-tenant-b's data volume is tenant b's volume in site a", () => {
    const a = distinctSubnets(mdcSite('a'), 0);
    a.spec.tenants![0].name = 'b';
    const other = distinctSubnets(mdcSite('a-tenant-b'), 1);
    const found = validateYaml(toYaml(a, 'a.yaml'), toYaml(other, 'o.yaml')).filter((f) => f.code === 'AIS309');
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^the Docker volume name of the site must be unique, but 'a-tenant-b-data' \(also given by tenant 'b' of site 'a' at a\.yaml:\d+:\d+\) was given$/,
      ),
    ]);
    expect(found[0].path).toBe('/metadata/name');
  });

  test('files that repeat one site name are AIS305 only, not a Docker name finding for every object', () => {
    const found = codes(validateYaml(toYaml(mdcSite('same'), 'a.yaml'), toYaml(distinctSubnets(mdcSite('same'), 1), 'b.yaml')));
    expect(found).toContain('AIS305');
    expect(found).not.toContain('AIS309');
  });
});
