import { Catalog } from '../../../spec/catalog/catalog';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

const catalog = Catalog.builtin();

describe('AIS301 unknown-accelerator', () => {
  test('an accelerator id not in the catalog is an error at the id, with a did-you-mean', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].accelerator = 'furiosa-rngb';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS301');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('unknown-accelerator');
    expect(f.location).toMatchObject(positionOf(src, 'accelerator: furiosa-rngb', 'furiosa-rngb'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      "the accelerator of node group 'cab-a/npu' must be an id from the catalog, but 'furiosa-rngb' was given. Did you mean 'furiosa-rngd'?",
    );
    expect(f.fix).toContain(catalog.acceleratorIds().join(', '));
  });

  test('an unknown accelerator is reported alone, not as power, rack or profile findings', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].accelerator = 'acme-xpu';
    expect(codes(validateYaml(site))).toEqual(['AIS301']);
  });

  test('a far-off id gets no suggestion', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].accelerator = 'acme-xpu';
    expect(only(validateYaml(site), 'AIS301').message).not.toContain('Did you mean');
  });

  test('every built-in accelerator id is known', () => {
    const flagged = catalog.acceleratorIds().filter((id) => {
      const site = mdcSite();
      site.spec.cabinets[0].nodeGroups[0].accelerator = id;
      return codes(validateYaml(site)).includes('AIS301');
    });
    expect(flagged).toEqual([]);
  });
});

describe('AIS302 unknown-server-profile', () => {
  test('a serverProfile not in the catalog is an error at serverProfile, with a did-you-mean', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].serverProfile = 'pcie-4u-9';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS302');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'serverProfile: pcie-4u-9', 'pcie-4u-9'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toContain("Did you mean 'pcie-4u-8'?");
  });

  const labCatalog = (formFactor: string) => ({
    apiVersion: 'aisite.dev/v1alpha1',
    kind: 'AcceleratorCatalog',
    metadata: { name: 'lab-catalog' },
    spec: {
      accelerators: [
        { id: 'lab-npu', vendor: 'Lab', model: 'L1', domestic: true, tdpW: 100, memoryGB: 16, peakTflops: { int8: 100 }, formFactor, source: 'test' },
      ],
    },
  });

  test('an accelerator without a default profile gets a catalog profile that holds it', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].accelerator = 'lab-npu';
    expect(codes(validateYaml(toYaml(labCatalog('pcie'), 'catalog.yaml'), toYaml(site)))).toEqual([]);
  });

  test('an accelerator without a default that no profile takes needs a serverProfile: an error at the node group', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].accelerator = 'lab-npu';
    const src = toYaml(site);
    const f = only(validateYaml(toYaml(labCatalog('oam'), 'catalog.yaml'), src), 'AIS302');
    expect(f.location).toMatchObject(positionOf(src, '- name: npu', 'name'));
    expect(f.message).toBe(
      "node group 'cab-a/npu' must be given a serverProfile, but none was given, its accelerator has no default and no catalog profile takes oam accelerators",
    );
    expect(f.fix).toBe('add a server profile for oam accelerators in an AcceleratorCatalog document and name it in serverProfile');
  });

  test('an accelerator without a default, more per node than any profile holds, needs a serverProfile', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].accelerator = 'lab-npu';
    site.spec.cabinets[0].nodeGroups[0].acceleratorsPerNode = 12;
    const f = only(validateYaml(toYaml(labCatalog('pcie'), 'catalog.yaml'), toYaml(site)), 'AIS302');
    expect(f.message).toBe(
      "node group 'cab-a/npu' must be given a serverProfile, but none was given, its accelerator has no default and no catalog profile holds 12 pcie accelerators (at most 8)",
    );
    expect(f.fix).toMatch(/^lower acceleratorsPerNode to 8, or add a larger server profile/);
  });

  test('a built-in profile that takes the accelerator is known', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].serverProfile = 'pcie-4u-8';
    expect(codes(validateYaml(site))).not.toContain('AIS302');
  });
});

describe('AIS303 server-fits-accelerators', () => {
  test('more accelerators per node than the given profile holds is an error at acceleratorsPerNode', () => {
    const site = mdcSite();
    const max = catalog.profile('pcie-4u-8')!.maxAccelerators;
    site.spec.cabinets[0].nodeGroups[0].serverProfile = 'pcie-4u-8';
    site.spec.cabinets[0].nodeGroups[0].acceleratorsPerNode = max + 8;
    site.spec.cabinets[0].powerBudgetKw = 100;
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS303');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, `acceleratorsPerNode: ${max + 8}`, String(max + 8)));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(`acceleratorsPerNode of 'cab-a/npu' must be at most ${max} (what server profile 'pcie-4u-8' holds), but ${max + 8} was given`);
  });

  test('a PCIe card in an SXM-only server is an error at serverProfile', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].serverProfile = 'dgx-h100';
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS303');
    expect(f.location).toMatchObject(positionOf(src, 'serverProfile: dgx-h100', 'dgx-h100'));
    expect(f.message).toBe("the accelerator form factor of 'cab-a/npu' must be one server profile 'dgx-h100' takes (sxm), but pcie (furiosa-rngd) was given");
  });

  test('without serverProfile, 8 ATOM cards in 4U servers get pcie-4u-8 and validate clean (the default pcie-2u-4 holds 4)', () => {
    const site = mdcSite();
    Object.assign(site.spec.cabinets[0].nodeGroups[0], { accelerator: 'rebellions-atom', acceleratorsPerNode: 8, rackUnitsPerNode: 4 });
    expect(catalog.accelerator('rebellions-atom')!.defaultServerProfile).toBe('pcie-2u-4');
    expect(validateYaml(site)).toEqual([]);
  });

  test('an explicit profile that is too small stays an error, and the fix names one that fits', () => {
    const site = mdcSite();
    Object.assign(site.spec.cabinets[0].nodeGroups[0], { accelerator: 'rebellions-atom', acceleratorsPerNode: 8, serverProfile: 'pcie-2u-4' });
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS303');
    expect(f.location).toMatchObject(positionOf(src, 'acceleratorsPerNode: 8', '8'));
    expect(f.message).toBe("acceleratorsPerNode of 'cab-a/npu' must be at most 4 (what server profile 'pcie-2u-4' holds), but 8 was given");
    expect(f.fix).toBe('use serverProfile: pcie-4u-8 (4U, holds 8 pcie accelerators), or lower acceleratorsPerNode to 4');
  });

  test('more accelerators than any catalog profile holds: the message says the most one holds', () => {
    const site = mdcSite();
    Object.assign(site.spec.cabinets[0].nodeGroups[0], { accelerator: 'rebellions-atom', acceleratorsPerNode: 16, count: 1 });
    const f = only(validateYaml(site), 'AIS303');
    expect(f.message).toBe(
      "acceleratorsPerNode of 'cab-a/npu' must be at most 8 (the most any catalog server profile for pcie accelerators holds), but 16 was given",
    );
    expect(f.fix).toBe('lower acceleratorsPerNode to 8, or add a larger server profile in an AcceleratorCatalog document');
  });

  test('a wrong form factor names a profile that takes it', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].serverProfile = 'dgx-h100';
    expect(only(validateYaml(site), 'AIS303').fix).toBe('use serverProfile: pcie-4u-8 (4U, holds 8 pcie accelerators)');
  });

  test('an unknown accelerator in a given profile that is too small is still reported as too many per node', () => {
    const site = mdcSite();
    Object.assign(site.spec.cabinets[0].nodeGroups[0], { accelerator: 'acme-xpu', acceleratorsPerNode: 8, serverProfile: 'pcie-2u-4' });
    const found = validateYaml(site);
    expect(codes(found).sort()).toEqual(['AIS301', 'AIS303']);
    expect(only(found, 'AIS303').fix).toBe('lower acceleratorsPerNode to 4, or choose a larger serverProfile');
  });

  test('a full PCIe server of the right form factor fits', () => {
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].acceleratorsPerNode = catalog.profile('pcie-4u-8')!.maxAccelerators;
    expect(codes(validateYaml(site))).not.toContain('AIS303');
  });
});
