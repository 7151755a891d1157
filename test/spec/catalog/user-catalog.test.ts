import { Accelerator, AcceleratorCatalog } from '../../../spec/site-types.generated';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

function accelerator(id: string, extra: Partial<Accelerator> = {}): Accelerator {
  return {
    id,
    vendor: 'Lab',
    model: 'L1',
    domestic: true,
    tdpW: 100,
    memoryGB: 16,
    peakTflops: { int8: 100 },
    formFactor: 'pcie',
    defaultServerProfile: 'pcie-4u-8',
    source: 'test',
    ...extra,
  };
}

function userCatalog(name: string, ...accelerators: Accelerator[]): AcceleratorCatalog {
  return { apiVersion: 'aisite.dev/v1alpha1', kind: 'AcceleratorCatalog', metadata: { name }, spec: { accelerators } };
}

describe('AIS306 catalog-duplicate-id', () => {
  test('an accelerator id defined by two user catalogs is an error at the second id', () => {
    const first = toYaml(userCatalog('cat-a', accelerator('lab-npu')), 'cat-a.yaml');
    const second = toYaml(userCatalog('cat-b', accelerator('lab-npu')), 'cat-b.yaml');
    const f = only(validateYaml(first, second), 'AIS306');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('catalog-duplicate-id');
    expect(f.location).toMatchObject(positionOf(second, 'id: lab-npu', 'lab-npu'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the id of each accelerator must be unique among user catalogs, but 'lab-npu' (also in cat-a.yaml) was given again");
  });

  test('a server profile id given twice in one catalog is an error too', () => {
    const profile = { id: 'lab-1u', rackUnits: 1, hostPowerKw: 0.3, maxAccelerators: 2, computeNics: 1, computeNicGbps: 100, source: 'test' };
    const cat: AcceleratorCatalog = { ...userCatalog('cat-a'), spec: { serverProfiles: [profile, { ...profile }] } };
    const f = only(validateYaml(cat), 'AIS306');
    expect(f.path).toBe('/spec/serverProfiles/1/id');
    expect(f.message).toContain('the id of each server profile');
  });

  test('distinct user ids are fine', () => {
    const findings = validateYaml(userCatalog('cat-a', accelerator('lab-npu')), userCatalog('cat-b', accelerator('lab-npu-2')));
    expect(codes(findings)).not.toContain('AIS306');
  });
});

describe('AIS307 catalog-overrides-builtin', () => {
  test('a user entry with a built-in id is reported as info at the id', () => {
    const src = toYaml(userCatalog('cat-a', accelerator('furiosa-rngd')), 'cat-a.yaml');
    const f = only(validateYaml(src), 'AIS307');
    expect(f.severity).toBe('info');
    expect(f.location).toMatchObject(positionOf(src, 'id: furiosa-rngd', 'furiosa-rngd'));
    expect(f.message).toBe("'furiosa-rngd' replaces the built-in entry of that id");
  });

  test("the replacing entry's figures are the ones used", () => {
    // 4 servers x (8 x 600 W + 1.2 kW) = 24 kW > the fixture's 20 kW budget
    const findings = validateYaml(userCatalog('cat-a', accelerator('furiosa-rngd', { tdpW: 600 })), mdcSite());
    expect(codes(findings)).toContain('AIS201');
    expect(only(findings, 'AIS201').message).toContain('but 24 kW is drawn');
  });

  test('a user entry with a new id replaces nothing', () => {
    expect(codes(validateYaml(userCatalog('cat-a', accelerator('lab-npu'))))).not.toContain('AIS307');
  });
});
