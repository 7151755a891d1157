import { Site } from '../../../spec/site-types.generated';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

/** Site site-a, with an uplink to site-b unless told otherwise. */
function siteA(peer = 'site-b', gbps = 100): Site {
  const a = mdcSite('site-a');
  a.spec.uplinks = [{ name: 'to-b', peer, gbps }];
  return a;
}

/** Site site-b in its own address block, with an uplink back to site-a at `gbps` (none when undefined). */
function siteB(gbps?: number): Site {
  const b = mdcSite('site-b');
  b.spec.fabrics![0].subnet = '10.50.0.0/24';
  b.spec.fabrics![1].subnet = '10.50.1.0/24';
  if (gbps !== undefined) b.spec.uplinks = [{ name: 'to-a', peer: 'site-a', gbps }];
  return b;
}

describe('AIS701 air-gapped-uplink', () => {
  test('an uplink of an air-gapped site is an error at the uplink', () => {
    const a = siteA();
    a.spec.airGapped = true;
    const src = toYaml(a, 'a.yaml');
    const f = only(validateYaml(src, toYaml(siteB(100), 'b.yaml')), 'AIS701');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('air-gapped-uplink');
    expect(f.location).toMatchObject(positionOf(src, '- name: to-b', 'name'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the uplinks of air-gapped site 'site-a' must be none, but uplink 'to-b' to 'site-b' was given");
  });

  test('a site that is not air-gapped may have uplinks', () => {
    expect(codes(validateYaml(siteA(), siteB(100)))).not.toContain('AIS701');
  });
});

describe('AIS702 air-gapped-egress', () => {
  test('a fabric with egress in an air-gapped site is an error at egress', () => {
    const site = mdcSite();
    site.spec.airGapped = true;
    site.spec.fabrics![1].egress = true;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS702');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'egress: true', 'true'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("egress of fabric 'mgmt' in air-gapped site 'test-site-01' must be false, but true was given");
  });

  test('egress in a site that is not air-gapped is fine', () => {
    const site = mdcSite();
    site.spec.fabrics![1].egress = true;
    expect(codes(validateYaml(site))).not.toContain('AIS702');
  });

  test('an air-gapped site without egress is fine', () => {
    const site = mdcSite();
    site.spec.airGapped = true;
    site.spec.fabrics![1].egress = false;
    expect(codes(validateYaml(site))).not.toContain('AIS702');
  });
});

describe('AIS703 uplink-peer-exists', () => {
  test('a peer that is not among the validated sites is a warning at peer', () => {
    const src = toYaml(siteA('haenam-national-ai-center'), 'a.yaml');
    const f = only(validateYaml(src), 'AIS703');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, 'peer: haenam-national-ai-center', 'haenam-national-ai-center'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the peer of uplink 'to-b' must be a site among those validated, but 'haenam-national-ai-center' was given");
    expect(f.fix).toContain('validate the peer');
  });

  test('a peer name close to a validated site is an error with a did-you-mean', () => {
    const src = toYaml(siteA('site-bb'), 'a.yaml');
    const f = only(validateYaml(src, toYaml(siteB(100), 'b.yaml')), 'AIS703');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'peer: site-bb', 'site-bb'));
    expect(f.message).toContain("Did you mean 'site-b'?");
    expect(f.fix).toBe("correct the name to 'site-b'");
  });

  test('a peer validated together is fine', () => {
    expect(codes(validateYaml(siteA(), siteB(100)))).not.toContain('AIS703');
  });

  test("a peer whose name is close to the site's own is a peer not given (a warning), never a typo of the site itself", () => {
    const f = only(validateYaml(toYaml(siteA('site-b'), 'a.yaml')), 'AIS703');
    expect([f.severity, f.message]).toEqual(['warning', "the peer of uplink 'to-b' must be a site among those validated, but 'site-b' was given"]);
  });

  test("a close name among the other sites is still suggested when the site's own is closer", () => {
    const a = siteA('site-b');
    const c = siteB(100);
    c.metadata.name = 'site-bc';
    c.spec.uplinks = [];
    const f = only(validateYaml(toYaml(a, 'a.yaml'), toYaml(c, 'c.yaml')), 'AIS703');
    expect([f.severity, f.fix]).toEqual(['error', "correct the name to 'site-bc'"]);
  });
});

describe('AIS704 uplink-symmetric', () => {
  test('an uplink the peer does not declare back is an error at peer', () => {
    const src = toYaml(siteA(), 'a.yaml');
    const f = only(validateYaml(src, toYaml(siteB(), 'b.yaml')), 'AIS704');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'peer: site-b', 'site-b'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("uplink 'to-b' to 'site-b' must be declared by 'site-b' too, but no uplink back is declared there");
    expect(f.fix).toBe("add an uplink with peer: site-a and gbps: 100 to 'site-b'");
  });

  test('an uplink declared at both ends is fine', () => {
    expect(codes(validateYaml(siteA(), siteB(100)))).not.toContain('AIS704');
  });
});

describe('AIS705 uplink-bandwidth', () => {
  test('ends declaring different bandwidths are one error, on the site whose name sorts first', () => {
    const a = toYaml(siteA('site-b', 100), 'a.yaml');
    const findings = validateYaml(toYaml(siteB(40), 'b.yaml'), a);
    const f = only(findings, 'AIS705');
    expect(f.severity).toBe('error');
    expect(f.site).toBe('site-a');
    expect(f.location).toMatchObject(positionOf(a, 'gbps: 100', '100'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the bandwidth of uplink 'to-b' must be the same at both ends ('site-b' declares 40 Gb/s), but 100 Gb/s was given");
  });

  test('ends declaring the same bandwidth are fine', () => {
    expect(codes(validateYaml(siteA('site-b', 40), siteB(40)))).not.toContain('AIS705');
  });
});

describe('AIS706 uplink-to-self', () => {
  test('an uplink to the site itself is an error at peer', () => {
    const src = toYaml(siteA('site-a'), 'a.yaml');
    const findings = validateYaml(src);
    const f = only(findings, 'AIS706');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'peer: site-a', 'site-a'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the peer of uplink 'to-b' must be another site, but 'site-a' was given (the site itself)");
    // reported once: not also as a missing peer or a missing uplink back
    expect(codes(findings)).toEqual(['AIS706']);
  });

  test('an uplink to another site is fine', () => {
    expect(codes(validateYaml(siteA(), siteB(100)))).not.toContain('AIS706');
  });
});

describe('uplink rules at scale', () => {
  afterEach(() => jest.restoreAllMocks());

  test('many sites naming one absent peer (AIS703) cost one did-you-mean search, and each still gets its finding', () => {
    const didYouMean = jest.spyOn(require('../../../spec/did-you-mean') as typeof import('../../../spec/did-you-mean'), 'didYouMean');
    const sites = Array.from({ length: 40 }, (_, k) => {
      const s = mdcSite(`spoke-${k}`);
      s.spec.fabrics!.forEach((f, i) => {
        f.subnet = `10.${100 + k}.${i}.0/24`;
      });
      s.spec.uplinks = [{ name: 'to-center', peer: 'absent-center', gbps: 100 }];
      return s;
    });
    expect(codes(validateYaml(...sites)).filter((c) => c === 'AIS703')).toHaveLength(40);
    expect(didYouMean.mock.calls.filter(([name]) => name === 'absent-center')).toHaveLength(1);
  });

  test('a hub peered with many spokes: the way back is found for each (no AIS704), and a missing one is reported', () => {
    const hub = mdcSite('hub');
    const spokes = Array.from({ length: 40 }, (_, k) => {
      const s = mdcSite(`spoke-${k}`);
      s.spec.fabrics!.forEach((f, i) => {
        f.subnet = `10.${100 + k}.${i}.0/24`;
      });
      s.spec.uplinks = [{ name: 'to-hub', peer: 'hub', gbps: 10 }];
      return s;
    });
    hub.spec.uplinks = spokes.slice(1).map((s, k) => ({ name: `to-${k}`, peer: s.metadata.name, gbps: 10 }));
    const found = validateYaml(hub, ...spokes).filter((f) => f.code === 'AIS704');
    expect(found.map((f) => f.site)).toEqual(['spoke-0']);
  });
});
