import { Site } from '../../spec/site-types.generated';
import { mdcSite, validateYaml } from '../helpers/site-fixture';

/**
 * Complete findings: sites with several defects injected at once, each family mixing an
 * unresolved node group (an accelerator not in the catalog) with defects that rules can
 * still see. Every injected defect must be reported, at its place, and no finding of
 * another rule may appear.
 */

/** A defect put into a site; it returns the JSON pointer where a finding of `code` must report it. */
interface Defect {
  readonly inject: (site: Site) => string;
  readonly code: string;
}

const cab = (site: Site) => site.spec.cabinets[0];

/** Accelerator 'acme-xpu' is not in the catalog: its node group has no profile, power or height. */
const unknownAccelerator: Defect = {
  inject: (site) =>
    `/spec/cabinets/0/nodeGroups/${cab(site).nodeGroups.push({ name: 'xpu', count: 1, accelerator: 'acme-xpu', acceleratorsPerNode: 4 }) - 1}/accelerator`,
  code: 'AIS301',
};

const powerBudget: Defect = {
  inject: (site) => {
    cab(site).powerBudgetKw = 2;
    return '/spec/cabinets/0/powerBudgetKw';
  },
  code: 'AIS201',
};
const rackUnits: Defect = {
  inject: (site) => {
    cab(site).rackUnits = 8;
    return '/spec/cabinets/0/rackUnits';
  },
  code: 'AIS202',
};
const cooling: Defect = {
  // 4 servers x 7 kW = 28 kW, above what air removes; the budget is raised so only cooling fails
  inject: (site) => {
    Object.assign(cab(site), { powerBudgetKw: 40, cooling: 'air' });
    cab(site).nodeGroups[0].powerKwPerNode = 7;
    return '/spec/cabinets/0/cooling';
  },
  code: 'AIS203',
};

/** A cabinet of its own holding one node group; returns that group's pointer. */
const cabinetWith = (site: Site, name: string, group: Site['spec']['cabinets'][number]['nodeGroups'][number]) =>
  `/spec/cabinets/${site.spec.cabinets.push({ name, rackUnits: 42, powerBudgetKw: 20, cooling: 'air', nodeGroups: [group] }) - 1}/nodeGroups/0`;

const profileTooSmall: Defect = {
  inject: (site) =>
    cabinetWith(site, 'cab-b', { name: 'atom', count: 1, accelerator: 'rebellions-atom', acceleratorsPerNode: 8, serverProfile: 'pcie-2u-4' }) +
    '/acceleratorsPerNode',
  code: 'AIS303',
};
const unknownProfile: Defect = {
  inject: (site) =>
    cabinetWith(site, 'cab-c', { name: 'npu', count: 1, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8, serverProfile: 'pcie-9u-99' }) + '/serverProfile',
  code: 'AIS302',
};
const wrongFormFactor: Defect = {
  inject: (site) =>
    cabinetWith(site, 'cab-d', { name: 'npu', count: 1, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8, serverProfile: 'dgx-h100' }) + '/serverProfile',
  code: 'AIS303',
};

const pool = (site: Site) => site.spec.pools![0];
const poolUnknownGroup: Defect = { inject: (site) => `/spec/pools/0/nodeGroups/${pool(site).nodeGroups.push('cab-a/nope') - 1}`, code: 'AIS601' };
const groupInTwoPools: Defect = {
  inject: (site) => `/spec/pools/${site.spec.pools!.push({ name: 'batch', nodeGroups: ['cab-a/npu'] }) - 1}/nodeGroups/0`,
  code: 'AIS602',
};
const tenantUnknownPool: Defect = {
  inject: (site) => `/spec/tenants/${site.spec.tenants!.push({ name: 'billing', pool: 'inferense', guaranteed: 1 }) - 1}/pool`,
  code: 'AIS603',
};
const guaranteedOverPool: Defect = {
  inject: (site) => {
    Object.assign(site.spec.tenants![0], { guaranteed: 100, limit: 100 });
    return '/spec/pools/0/name';
  },
  code: 'AIS604',
};
const limitBelowGuaranteed: Defect = {
  inject: (site) => {
    site.spec.tenants![0].limit = 8;
    return '/spec/tenants/0/limit';
  },
  code: 'AIS605',
};
/** The unknown accelerator's group, pooled: its accelerators still count toward the pool. */
const pooledUnknownAccelerator: Defect = {
  inject: (site) => {
    const path = unknownAccelerator.inject(site);
    pool(site).nodeGroups.push('cab-a/xpu');
    return path;
  },
  code: 'AIS301',
};

const subnet = (site: Site, name: string, cidr: string) => {
  const i = (site.spec.fabrics ?? []).findIndex((x) => x.name === name);
  if (i < 0) throw new Error(`no fabric ${name}`);
  site.spec.fabrics![i].subnet = cidr;
  return `/spec/fabrics/${i}/subnet`;
};
const subnetOverlap: Defect = { inject: (site) => subnet(site, 'mgmt', '10.40.0.0/25'), code: 'AIS401' };
const subnetTooSmall: Defect = { inject: (site) => subnet(site, 'compute', '10.40.0.0/30'), code: 'AIS403' };
const subnetHostBits: Defect = { inject: (site) => subnet(site, 'mgmt', '10.40.1.7/24'), code: 'AIS404' };
const fabricUnknownGroup: Defect = {
  inject: (site) => {
    site.spec.fabrics![0].nodeGroups = ['cab-a/npu', 'cab-a/npv'];
    return '/spec/fabrics/0/nodeGroups/1';
  },
  code: 'AIS501',
};

const families: ReadonlyArray<[string, readonly Defect[]]> = [
  ['one cabinet: unknown accelerator, power, rack units', [unknownAccelerator, powerBudget, rackUnits]],
  ['one cabinet: unknown accelerator, cooling', [unknownAccelerator, cooling]],
  [
    'catalog: unknown accelerator, unknown profile, profile too small, wrong form factor, power',
    [unknownAccelerator, powerBudget, profileTooSmall, unknownProfile, wrongFormFactor],
  ],
  [
    'quotas: unknown accelerator in a pool, unknown pool member, node group in two pools, unknown tenant pool, limit below guaranteed',
    [pooledUnknownAccelerator, poolUnknownGroup, groupInTwoPools, tenantUnknownPool, limitBelowGuaranteed],
  ],
  ['quotas: guaranteed over the pool, power, unknown accelerator', [guaranteedOverPool, powerBudget, unknownAccelerator]],
  ['addressing: overlap, too small, unknown accelerator, rack units', [subnetOverlap, subnetTooSmall, unknownAccelerator, rackUnits]],
  [
    'addressing and fabrics: host bits, unknown fabric member, unknown accelerator, power',
    [subnetHostBits, fabricUnknownGroup, unknownAccelerator, powerBudget],
  ],
];

/** A tenant allowed more than its pool holds draws AIS606 as well; pools without tenants draw AIS607. */
const consequences: Readonly<Record<string, ReadonlyArray<[string, string]>>> = {
  'quotas: unknown accelerator in a pool, unknown pool member, node group in two pools, unknown tenant pool, limit below guaranteed': [
    ['AIS607', '/spec/pools/1/name'],
  ],
  'quotas: guaranteed over the pool, power, unknown accelerator': [['AIS606', '/spec/tenants/0/limit']],
};

const found = (site: Site) =>
  validateYaml(site)
    .map((f) => `${f.code} ${f.path}`)
    .sort();

describe('every injected defect is reported', () => {
  test.each(families)('%s', (family, defects) => {
    const site = mdcSite();
    const injected = defects.map((d) => `${d.code} ${d.inject(site)}`);
    const want = [...injected, ...(consequences[family] ?? []).map(([c, p]) => `${c} ${p}`)];
    const got = found(site);
    expect(got).toEqual(expect.arrayContaining(want));
    // and nothing of another kind (a rule may name both ends of one defect, e.g. two overlapping subnets)
    const code = (s: string) => s.split(' ')[0];
    expect([...new Set(got.map(code))].sort()).toEqual([...new Set(want.map(code))].sort());
  });

  test.each(families)('each defect of "%s" alone is reported too', (_family, defects) => {
    for (const d of defects) {
      const site = mdcSite();
      const path = d.inject(site);
      expect(found(site)).toContain(`${d.code} ${path}`);
    }
  });

  test('the fixture alone is clean, so every finding above comes from an injected defect', () => {
    expect(found(mdcSite())).toEqual([]);
  });

  test("across sites: a shared subnet and each site's own defects, unknown accelerators included", () => {
    const a = mdcSite('site-a');
    const b = mdcSite('site-b');
    unknownAccelerator.inject(a);
    powerBudget.inject(a);
    unknownAccelerator.inject(b);
    rackUnits.inject(b);
    const findings = validateYaml(a, b)
      .map((f) => `${f.site} ${f.code} ${f.path}`)
      .sort();
    // the two sites use the same subnets: each fabric of each site overlaps the other's
    const shared = ['site-a', 'site-b'].flatMap((s) => [0, 1].map((i) => `${s} AIS402 /spec/fabrics/${i}/subnet`));
    expect(findings).toEqual(
      [
        'site-a AIS201 /spec/cabinets/0/powerBudgetKw',
        'site-a AIS301 /spec/cabinets/0/nodeGroups/1/accelerator',
        'site-b AIS202 /spec/cabinets/0/rackUnits',
        'site-b AIS301 /spec/cabinets/0/nodeGroups/1/accelerator',
        ...shared,
      ].sort(),
    );
  });
});
