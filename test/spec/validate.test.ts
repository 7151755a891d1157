import * as fs from 'fs';
import * as path from 'path';
import { parseSource } from '../../spec/load/load-files';
import { validateDocuments, validatePaths } from '../../spec/validate';
import { codes, mdcSite, positionOf, toYaml, validateYaml } from '../helpers/site-fixture';

const EXAMPLES = fs
  .readdirSync('examples')
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

describe('the bundled examples', () => {
  test('validated together give no findings at all', () => {
    const r = validatePaths(['examples']);
    expect(r.findings).toEqual([]);
    expect(r.sites.map((s) => s.name).sort()).toEqual(['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center']);
    expect(r.files).toHaveLength(EXAMPLES.length);
  });

  test.each(EXAMPLES)('%s validated alone gives no errors', (file) => {
    const r = validatePaths([path.join('examples', file)]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.sites).toHaveLength(1);
  });
});

describe('validateDocuments', () => {
  test('a document that fails the schema is left out of the semantic rules', () => {
    const spec = mdcSite();
    spec.spec.cabinets[0].nodeGroups[0].count = 0; // AIS105
    spec.spec.tenants![0].limit = 1; // would be AIS605
    const r = validateDocuments(parseSource('site.yaml', toYaml(spec).text).documents);
    expect(codes(r.findings)).toEqual(['AIS105']);
    expect(r.sites).toEqual([]);
  });

  test('findings come sorted by file, line and column', () => {
    const a = mdcSite('site-a');
    a.spec.tenants![0].limit = 1; // AIS605, late in the file
    a.spec.fabrics![0].subnet = '10.40.0.1/24'; // AIS404, earlier
    const b = mdcSite('site-b');
    b.spec.fabrics![0].subnet = '10.50.0.0/24';
    b.spec.fabrics![1].subnet = '10.50.1.0/24';
    b.spec.tenants![0].pool = 'nowhere'; // AIS603 at the tenant, after AIS607 at the now unused pool
    const findings = validateYaml(toYaml(b, 'b.yaml'), toYaml(a, 'a.yaml'));
    expect(findings.map((f) => `${f.location.file} ${f.code}`)).toEqual(['a.yaml AIS404', 'a.yaml AIS605', 'b.yaml AIS607', 'b.yaml AIS603']);
  });

  test('in a multi-document file, findings point at lines of the right document', () => {
    const first = toYaml(mdcSite('site-a')).text;
    const second = mdcSite('site-b');
    second.spec.fabrics![0].subnet = '10.50.0.1/24';
    second.spec.fabrics![1].subnet = '10.50.1.0/24';
    const src = { file: 'both.yaml', text: `${first}---\n${toYaml(second).text}` };
    const findings = validateYaml(src);
    expect(codes(findings)).toEqual(['AIS404']);
    expect(findings[0].site).toBe('site-b');
    expect(findings[0].location).toMatchObject(positionOf(src, 'subnet: 10.50.0.1/24', '10.50.0.1/24'));
  });

  test('an AcceleratorCatalog document extends the catalog the sites are checked against', () => {
    const cat = {
      apiVersion: 'aisite.dev/v1alpha1',
      kind: 'AcceleratorCatalog',
      metadata: { name: 'lab' },
      spec: {
        accelerators: [
          {
            id: 'lab-npu',
            vendor: 'Lab',
            model: 'L1',
            domestic: true,
            tdpW: 100,
            memoryGB: 16,
            peakTflops: { int8: 100 },
            formFactor: 'pcie',
            defaultServerProfile: 'pcie-4u-8',
            source: 'test',
          },
        ],
      },
    };
    const site = mdcSite();
    site.spec.cabinets[0].nodeGroups[0].accelerator = 'lab-npu';
    expect(validateYaml(site)).toHaveLength(1); // AIS301 alone
    expect(validateYaml(cat, site)).toEqual([]);
  });
});
