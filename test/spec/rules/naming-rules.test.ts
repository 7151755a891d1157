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
