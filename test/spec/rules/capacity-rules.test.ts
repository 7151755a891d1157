import { Catalog } from '../../../spec/catalog/catalog';
import { atLeast, COOLING_MAX_KW, LEFT_OUT_NAMED, MDC_MAX_CABINETS } from '../../../spec/rules/capacity-rules';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

// The fixture's node group: furiosa-rngd x 8 on its default server profile.
const catalog = Catalog.builtin();
const rngd = catalog.accelerator('furiosa-rngd')!;
const profile = catalog.profile(rngd.defaultServerProfile!)!;
const kwPerNode = (8 * rngd.tdpW) / 1000 + profile.hostPowerKw;
const round2 = (n: number) => Math.round(n * 100) / 100;

describe('AIS201 cabinet-power-budget', () => {
  test('servers drawing more than powerBudgetKw are an error at powerBudgetKw', () => {
    const site = mdcSite();
    const budget = site.spec.cabinets[0].powerBudgetKw;
    const servers = Math.floor(budget / kwPerNode) + 1;
    site.spec.cabinets[0].nodeGroups[0].count = servers;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS201');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('cabinet-power-budget');
    expect(f.location).toMatchObject(positionOf(src, `powerBudgetKw: ${budget}`, String(budget)));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `the draw of cabinet 'cab-a' must be at most its powerBudgetKw of ${budget} kW, but ${round2(servers * kwPerNode)} kW is drawn by its servers`,
    );
    expect(f.fix).toContain(`at least ${Math.ceil(servers * kwPerNode)}`);
  });

  test('a draw exactly at the budget is allowed', () => {
    const site = mdcSite();
    const g = site.spec.cabinets[0].nodeGroups[0];
    g.powerKwPerNode = site.spec.cabinets[0].powerBudgetKw / g.count;
    expect(codes(validateYaml(site))).not.toContain('AIS201');
  });
});

describe('AIS202 cabinet-rack-units', () => {
  test('servers taller than the cabinet are an error at rackUnits', () => {
    const site = mdcSite();
    const used = site.spec.cabinets[0].nodeGroups[0].count * profile.rackUnits;
    site.spec.cabinets[0].rackUnits = used - 4;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS202');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, `rackUnits: ${used - 4}`, String(used - 4)));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(`the servers of cabinet 'cab-a' must be at most ${used - 4}U high, but ${used}U are installed`);
  });

  test('servers that exactly fill the cabinet fit', () => {
    const site = mdcSite();
    site.spec.cabinets[0].rackUnits = site.spec.cabinets[0].nodeGroups[0].count * profile.rackUnits;
    expect(codes(validateYaml(site))).not.toContain('AIS202');
  });
});

describe('AIS203 cooling-density', () => {
  const densePower = (site: ReturnType<typeof mdcSite>) => {
    const cab = site.spec.cabinets[0];
    cab.powerBudgetKw = 40;
    cab.nodeGroups[0].powerKwPerNode = 7; // 4 x 7 = 28 kW
    return cab.nodeGroups[0].count * 7;
  };

  test('an air-cooled cabinet above the air limit is an error at cooling, suggesting rear-door', () => {
    const site = mdcSite();
    const kw = densePower(site);
    expect(kw).toBeGreaterThan(COOLING_MAX_KW.air);
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS203');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'cooling: air', 'air'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(`the density of air-cooled cabinet 'cab-a' must be at most ${COOLING_MAX_KW.air} kW per rack, but ${kw} kW is drawn`);
    expect(f.fix).toContain('cooling: rear-door');
  });

  test('the same cabinet with rear-door cooling is fine', () => {
    const site = mdcSite();
    densePower(site);
    site.spec.cabinets[0].cooling = 'rear-door';
    expect(codes(validateYaml(site))).not.toContain('AIS203');
  });
});

describe('partial cabinet totals (a node group that does not resolve)', () => {
  /** The fixture's cabinet plus a node group of an unknown accelerator, which has no power or height. */
  const withUnknown = () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups.push({ name: 'xpu', count: 1, accelerator: 'acme-xpu', acceleratorsPerNode: 4 });
    return site;
  };
  const known = 4 * kwPerNode;

  test('a power budget far too small is still reported, as "at least" the known draw, next to AIS301', () => {
    const site = withUnknown();
    site.spec.cabinets[0].powerBudgetKw = 2;
    const found = validateYaml(site);
    expect(codes(found).sort()).toEqual(['AIS201', 'AIS301']);
    expect(only(found, 'AIS201').message).toBe(
      `the draw of cabinet 'cab-a' must be at most its powerBudgetKw of 2 kW, but at least ${round2(known)} kW (not counting 'cab-a/xpu', whose power is unknown) is drawn by its servers`,
    );
    expect(only(found, 'AIS201').fix).toContain(`at least ${Math.ceil(known)}`);
  });

  test('too many rack units are still reported, as "at least" the known height', () => {
    const site = withUnknown();
    site.spec.cabinets[0].rackUnits = 8;
    const f = only(validateYaml(site), 'AIS202');
    expect(f.message).toBe(
      `the servers of cabinet 'cab-a' must be at most 8U high, but at least ${4 * profile.rackUnits}U (not counting 'cab-a/xpu', whose height is unknown) are installed`,
    );
    expect(f.fix).toContain(`rackUnits: ${4 * profile.rackUnits} or more`);
  });

  test('too dense for its cooling is still reported, as "at least" the known draw', () => {
    const site = withUnknown();
    Object.assign(site.spec.cabinets[0], { powerBudgetKw: 40, cooling: 'air' });
    site.spec.cabinets[0].nodeGroups[0].powerKwPerNode = 7;
    const f = only(validateYaml(site), 'AIS203');
    expect(f.message).toBe(
      `the density of air-cooled cabinet 'cab-a' must be at most ${COOLING_MAX_KW.air} kW per rack, but at least 28 kW (not counting 'cab-a/xpu', whose power is unknown) is drawn`,
    );
  });

  test('a known part within the limits gives no finding', () => {
    expect(codes(validateYaml(withUnknown()))).toEqual(['AIS301']);
  });

  test(`names at most ${LEFT_OUT_NAMED} left-out node groups and counts the rest`, () => {
    expect(atLeast('5 kW', [], 'power')).toBe('5 kW');
    expect(atLeast('5 kW', ['c/a', 'c/b', 'c/c', 'c/d', 'c/e'], 'power')).toBe(
      "at least 5 kW (not counting 'c/a', 'c/b', 'c/c' and 2 more, whose power is unknown)",
    );
  });
});

describe('AIS204 mdc-size', () => {
  test('a MicroDataCenter with more cabinets than an MDC has is a warning at kind', () => {
    const site = mdcSite();
    site.spec.cabinets[0].count = MDC_MAX_CABINETS + 1;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS204');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, 'kind: MicroDataCenter', 'MicroDataCenter'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(`a MicroDataCenter must be at most ${MDC_MAX_CABINETS} cabinets, but ${MDC_MAX_CABINETS + 1} were given`);
  });

  test(`${MDC_MAX_CABINETS} cabinets are still a MicroDataCenter`, () => {
    const site = mdcSite();
    site.spec.cabinets[0].count = MDC_MAX_CABINETS;
    expect(codes(validateYaml(site))).not.toContain('AIS204');
  });

  test('a NationalAiCenter may have any number of cabinets', () => {
    const site = mdcSite();
    site.kind = 'NationalAiCenter';
    site.spec.cabinets[0].count = MDC_MAX_CABINETS + 1;
    expect(codes(validateYaml(site))).not.toContain('AIS204');
  });
});
