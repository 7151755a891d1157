import { Catalog } from '../../../spec/catalog/catalog';
import { Site } from '../../../spec/site-types.generated';
import { codes, mdcSite, MUST_BE, only, positionOf, toYaml, validateYaml } from '../../helpers/site-fixture';

const catalog = Catalog.builtin();
const rngd = catalog.accelerator('furiosa-rngd')!;

/** The fixture as a NationalAiCenter. */
function national(): Site {
  const site = mdcSite('national-01');
  site.kind = 'NationalAiCenter';
  return site;
}

/** The fixture's 32 domestic NPUs plus 16 foreign GPUs (2 servers of 8 H100 PCIe). */
function mixed(): Site {
  const site = national();
  site.spec.cabinets[0].nodeGroups.push({ name: 'gpu', count: 2, accelerator: 'nvidia-h100-pcie', acceleratorsPerNode: 8 });
  return site;
}

describe('AIS801 exaflops-target', () => {
  // 4 servers x 8 RNGD at their dense bf16 peak, in exaFLOPS
  const bf16Ef = (4 * 8 * rngd.peakTflops.bf16!) / 1e6;

  test('a target beyond the peak at the target precision is a warning at exaflops', () => {
    const site = national();
    site.spec.targets = { exaflops: 2 * bf16Ef, precision: 'bf16' };
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS801');
    expect(f.severity).toBe('warning');
    expect(f.rule).toBe('exaflops-target');
    expect(f.location).toMatchObject(positionOf(src, `exaflops: ${2 * bf16Ef}`, String(2 * bf16Ef)));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe(
      `peak bf16 of 'national-01' must be at least the target ${Math.round(2 * bf16Ef * 100) / 100} EF, but ${bf16Ef.toFixed(3)} EF is reached`,
    );
  });

  test('without a precision the target is fp64, which NPUs without fp64 do not reach', () => {
    const site = national();
    site.spec.targets = { exaflops: bf16Ef / 2 };
    const f = only(validateYaml(site), 'AIS801');
    expect(f.message).toContain('peak fp64');
    expect(f.message).toContain('but 0.000 EF is reached');
  });

  test('a target met exactly is fine', () => {
    const site = national();
    site.spec.targets = { exaflops: bf16Ef, precision: 'bf16' };
    expect(codes(validateYaml(site))).not.toContain('AIS801');
  });
});

describe('AIS802 domestic-share-target', () => {
  test('a domestic share below target is a warning at domesticAcceleratorShare, with how many to add', () => {
    const site = mixed();
    site.spec.targets = { domesticAcceleratorShare: 0.75 };
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS802');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject(positionOf(src, 'domesticAcceleratorShare: 0.75', '0.75'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the domestic accelerator share of 'national-01' must be at least 75%, but 66.67% (32 of 48) is reached");
    // (32 + x) / (48 + x) = 0.75  =>  x = 16
    expect(f.fix).toMatch(/^add about 16 domestic accelerators/);
  });

  test('a 100% target cannot be reached by adding: the fix says to replace the foreign accelerators', () => {
    const site = mixed();
    site.spec.targets = { domesticAcceleratorShare: 1 };
    const f = only(validateYaml(site), 'AIS802');
    expect(f.fix).toMatch(/^replace the 16 non-domestic accelerators/);
  });

  test('a share at or above target is fine', () => {
    const site = mixed();
    site.spec.targets = { domesticAcceleratorShare: 32 / 48 };
    expect(codes(validateYaml(site))).not.toContain('AIS802');
  });
});

describe('AIS803 ownership-shares', () => {
  test('shares that do not sum to 1 are an error at ownership', () => {
    const site = national();
    site.spec.ownership = { public: 0.51, private: 0.5 };
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS803');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'public: 0.51', 'public'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe('ownership public + private must be 1, but 0.51 + 0.5 = 1.01 was given');
    expect(f.fix).toContain('set private: 0.49');
  });

  test("the national plan's 51/49 split sums to 1", () => {
    const site = national();
    site.spec.ownership = { public: 0.51, private: 0.49 };
    expect(codes(validateYaml(site))).not.toContain('AIS803');
  });
});

describe('AIS804 national-fields', () => {
  test('targets on a MicroDataCenter are an error at the targets key', () => {
    const site = mdcSite();
    site.spec.targets = { domesticAcceleratorShare: 0.5 };
    const src = toYaml(site);
    const f = only(validateYaml(src), 'AIS804');
    expect(f.severity).toBe('error');
    expect(f.location).toMatchObject(positionOf(src, 'targets:'));
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe('a site with spec.targets must be of kind NationalAiCenter, but MicroDataCenter was given');
  });

  test('targets and ownership on a NationalAiCenter are fine', () => {
    const site = national();
    site.spec.targets = { domesticAcceleratorShare: 0.5 };
    site.spec.ownership = { public: 0.51, private: 0.49 };
    expect(codes(validateYaml(site))).not.toContain('AIS804');
  });
});
