import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseSource } from '../../spec/load/load-files';
import { validateDocuments } from '../../spec/validate';
import { buildApp } from '../../stacks/synth';
import { TEMPLATES } from '../../templates';
import { renderSiteFile, SCHEMA_URL, templateValues } from '../../templates/render';
import { SiteTemplate, TemplateValues } from '../../templates/template';

function validate(t: SiteTemplate, values: TemplateValues, name = `t-${t.name}`) {
  const text = renderSiteFile(t, t.render(name, values), values);
  const parsed = parseSource(`${name}.yaml`, text);
  return validateDocuments(parsed.documents, parsed.findings);
}

/** Findings other than the uplink peer a lone smart factory cannot have. */
const problems = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code !== 'AIS703');

describe.each(TEMPLATES.map((t) => [t.name, t] as const))('template %s', (_name, t) => {
  test('validates clean at its defaults', () => {
    expect(problems(validate(t, templateValues(t, [])))).toEqual([]);
  });

  // At the bounds only errors count: a target set beyond what is built is a warning by design.
  test('has no error findings at the bounds of every numeric parameter', () => {
    for (const p of t.params.filter((x) => x.min !== undefined && x.max !== undefined)) {
      for (const v of [p.min!, p.max!]) {
        const value = p.type === 'integer' ? v : Math.round(v * 1000) / 1000;
        const errors = validate(t, templateValues(t, [`${p.key}=${value}`])).findings.filter((f) => f.severity === 'error');
        expect({ param: p.key, value, errors }).toEqual({ param: p.key, value, errors: [] });
      }
    }
  });

  test('synthesizes at its defaults', () => {
    const r = validate(t, templateValues(t, []));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-tpl-'));
    try {
      const { app } = buildApp(r.sites, dir, { busybox: null, stateDir: path.join(dir, 'state') });
      app.synth();
      expect(fs.existsSync(path.join(dir, 'stacks', `t-${t.name}`, 'cdk.tf.json'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the file starts with a $schema comment editors follow: the schema's $id, an absolute URL", () => {
    const text = renderSiteFile(t, t.render('x', templateValues(t, [])), templateValues(t, []));
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`);
  });
});

describe('the national template', () => {
  const t = TEMPLATES.find((x) => x.name === 'national-ai-center')!;

  test('at its defaults is at national-plan scale and meets its domestic-share and exaflops targets', () => {
    const c = validate(t, templateValues(t, [])).sites[0].capacity;
    expect(c.accelerators).toBeGreaterThanOrEqual(15000);
    expect(c.domesticShare).toBeGreaterThanOrEqual(0.5);
    expect(c.peakPflops.fp64 / 1000).toBeGreaterThanOrEqual(1);
  });

  test('scales GPU cabinets with scalable units (8 cabinets of 4 DGX per unit)', () => {
    const r = validate(t, templateValues(t, ['scalableUnits=2', 'domesticShare=0']));
    expect(r.sites[0].capacity.byModel['nvidia-h200-sxm'].servers).toBe(64);
  });
});
