import * as fs from 'fs';
import { parse } from 'yaml';
import { diffSites } from '../../../spec/diff/site-diff';
import { buildCapacityReport } from '../../../spec/report/capacity-report';
import { Site } from '../../../spec/site-types.generated';
import { mdcSite } from '../../helpers/site-fixture';
import { fileOf, side } from './diff-fixture';

/** The bundled national center, without its uplink (its peer is not in these tests). */
function national(): Site {
  const site = parse(fs.readFileSync('examples/haenam-national-ai-center.yaml', 'utf8')) as Site;
  delete site.spec.uplinks;
  return site;
}

function diffOf(before: Site[], after: Site[]) {
  return diffSites(side(...before.map(fileOf)), side(...after.map(fileOf)));
}

function only<T extends { name: string }>(diff: { sites: readonly T[] }, name = 'test-site-01'): T {
  const s = diff.sites.find((x) => x.name === name);
  if (!s) throw new Error(`no site ${name}`);
  return s;
}

describe('diffSites', () => {
  test('the same sites on both sides: nothing changed', () => {
    const d = diffOf([mdcSite()], [mdcSite()]);
    expect(d.changed).toBe(false);
    expect(d.sites.map((s) => s.status)).toEqual(['unchanged']);
  });

  test('a site only on the new side is added and shown whole', () => {
    const d = diffOf([], [mdcSite()]);
    const s = only(d);
    expect(s.status).toBe('added');
    expect(s.accelerators.map((a) => [a.id, a.accelerators.before, a.accelerators.after])).toEqual([['furiosa-rngd', 0, 32]]);
    expect(s.cabinets.map((c) => `${c.change} ${c.name}`)).toEqual(['added cab-a']);
    expect(s.tenants.map((t) => `${t.change} ${t.name}`)).toEqual(['added radiology-ai']);
  });

  test('a site only on the old side is removed and shown whole', () => {
    const s = only(diffOf([mdcSite()], []));
    expect(s.status).toBe('removed');
    expect(s.totals.accelerators).toEqual({ before: 32, after: 0, delta: -32 });
    expect(s.nodeGroups.map((c) => `${c.change} ${c.name}`)).toEqual(['removed cab-a/npu']);
  });

  test('sites are matched by metadata.name, not by file', () => {
    const d = diffSites(side({ file: 'old-name.yaml', site: mdcSite() }), side({ file: 'new-name.yaml', site: mdcSite() }));
    expect(d.sites.map((s) => [s.name, s.status, s.moved])).toEqual([['test-site-01', 'unchanged', true]]);
  });

  test('a cabinet count change is a changed cabinet, with more servers and accelerators', () => {
    const after = mdcSite();
    after.spec.cabinets[0].count = 2;
    const s = only(diffOf([mdcSite()], [after]));
    expect(s.cabinets).toEqual([{ name: 'cab-a', change: 'changed', fields: [{ field: 'count', before: 1, after: 2 }] }]);
    expect(s.totals.servers).toEqual({ before: 4, after: 8, delta: 4 });
  });

  test('a node group added to a cabinet is listed as cabinet/nodeGroup', () => {
    const after = mdcSite();
    after.spec.cabinets[0].nodeGroups.push({ name: 'gpu', count: 1, accelerator: 'nvidia-h100-sxm', acceleratorsPerNode: 8 });
    const s = only(diffOf([mdcSite()], [after]));
    expect(s.nodeGroups.map((c) => `${c.change} ${c.name}`)).toEqual(['added cab-a/gpu']);
  });

  test('accelerators are counted per catalog id, with the change', () => {
    const after = mdcSite();
    after.spec.cabinets[0].nodeGroups[0].count = 5;
    const s = only(diffOf([mdcSite()], [after]));
    expect(s.accelerators).toEqual([
      {
        id: 'furiosa-rngd',
        vendor: 'FuriosaAI',
        model: expect.any(String),
        domestic: true,
        accelerators: { before: 32, after: 40, delta: 8 },
        servers: { before: 4, after: 5, delta: 1 },
      },
    ]);
  });

  test('IT power and the budget change as the capacity model says', () => {
    const after = mdcSite();
    after.spec.cabinets[0].count = 2;
    const s = only(diffOf([mdcSite()], [after]));
    const [b, a] = [[mdcSite()], [after]].map((sites) => buildCapacityReport(side(...sites.map(fileOf)).sites).sites[0].capacity);
    expect(s.totals.itPowerKw).toEqual({ before: b.itPowerKw, after: a.itPowerKw, delta: a.itPowerKw - b.itPowerKw });
    expect(s.totals.powerBudgetKw).toEqual({ before: 20, after: 40, delta: 20 });
  });

  test('peak PFLOPS are listed per precision the accelerators have', () => {
    const after = mdcSite();
    after.spec.cabinets[0].nodeGroups[0].count = 8;
    const s = only(diffOf([mdcSite()], [after]));
    const bf16 = s.peakPflops.find((p) => p.precision === 'bf16');
    expect(bf16 && bf16.after).toBeCloseTo(2 * bf16.before, 6);
    expect(s.peakPflops.some((p) => p.precision === 'fp64')).toBe(false); // RNGD has no fp64 peak
  });

  test("domestic share is held against a national center's target, met before and not after", () => {
    const after = national();
    after.spec.cabinets[0].count = 544; // more foreign GPUs
    const s = only(diffOf([national()], [after]), 'haenam-national-ai-center');
    expect(s.domesticShare).toMatchObject({ before: 0.5, target: 0.5, metBefore: true, metAfter: false });
    expect(s.domesticShare.delta).toBeLessThan(0);
  });

  test('fabric switches and cables are those of the one fabric model, on both sides', () => {
    const after = national();
    after.spec.cabinets[0].count = 544;
    const s = only(diffOf([national()], [after]), 'haenam-national-ai-center');
    const sizing = (site: Site) => buildCapacityReport(side(fileOf(site)).sites).sites[0].fabrics.find((f) => f.name === 'gpu-compute')!.sizing!;
    const [b, a] = [sizing(national()), sizing(after)];
    expect(s.fabrics.find((f) => f.name === 'gpu-compute')).toMatchObject({
      change: 'changed',
      fields: [],
      switches: { before: b.switches, after: a.switches, delta: a.switches - b.switches },
      cables: { before: b.cables, after: a.cables, delta: a.cables - b.cables },
    });
    expect(a.switches).toBeGreaterThan(b.switches);
  });

  test('a fabric whose spec and size did not change is not listed', () => {
    const after = mdcSite();
    after.metadata.labels = { tier: 'edge' };
    expect(only(diffOf([mdcSite()], [after])).fabrics).toEqual([]);
  });

  test("a tenant's guaranteed, limit, weight and effective allocation are compared before → after", () => {
    const after = mdcSite();
    after.spec.tenants![0].limit = 32;
    const s = only(diffOf([mdcSite()], [after]));
    expect(s.tenants).toEqual([
      {
        name: 'radiology-ai',
        change: 'changed',
        before: { pool: 'inference', guaranteed: 16, limit: 24, weight: 2, allocated: 24, share: 0.75 },
        after: { pool: 'inference', guaranteed: 16, limit: 32, weight: 2, allocated: 32, share: 1 },
      },
    ]);
  });

  test('a tenant whose allocation changes because another tenant came is changed too', () => {
    const after = mdcSite();
    after.spec.tenants!.push({ name: 'pathology', pool: 'inference', guaranteed: 16, limit: 16 });
    const s = only(diffOf([mdcSite()], [after]));
    expect(s.tenants.map((t) => `${t.change} ${t.name} ${t.before?.allocated ?? '-'}→${t.after?.allocated ?? '-'}`)).toEqual([
      'changed radiology-ai 24→16',
      'added pathology -→16',
    ]);
  });

  test('a finding the change brings is introduced, under its site', () => {
    const after = mdcSite();
    after.spec.cabinets[0].powerBudgetKw = 5;
    const s = only(diffOf([mdcSite()], [after]));
    expect(s.findings.introduced.map((f) => f.code)).toEqual(['AIS201']);
    expect(s.findings.resolved).toEqual([]);
  });

  test('a finding the change clears is resolved', () => {
    const before = mdcSite();
    before.spec.cabinets[0].powerBudgetKw = 5;
    expect(only(diffOf([before], [mdcSite()])).findings.resolved.map((f) => f.code)).toEqual(['AIS201']);
  });

  test('a finding that only moved down the file (lines added above it) is neither introduced nor resolved', () => {
    const bad = mdcSite();
    bad.spec.cabinets[0].powerBudgetKw = 5;
    const text = JSON.stringify(bad, null, 2);
    const d = diffSites(side({ file: 'a.json', text }), side({ file: 'a.json', text: '\n\n\n' + text }));
    expect(d.changed).toBe(false);
  });

  test('more servers add numbered twin containers', () => {
    const after = mdcSite();
    after.spec.cabinets[0].nodeGroups[0].count = 6;
    expect(only(diffOf([mdcSite()], [after])).twin.added.map((o) => o.range)).toEqual([{ from: 4, to: 5 }]);
  });

  test('other fields are settings, named by where they are', () => {
    const after = mdcSite();
    after.spec.airGapped = true;
    expect(only(diffOf([mdcSite()], [after])).settings).toEqual([{ field: 'spec.airGapped', before: false, after: true }]);
  });

  test('invalid YAML on the new side is a finding introduced for the file, and its site is removed', () => {
    const d = diffSites(side(fileOf(mdcSite())), side({ file: 'test-site-01.yaml', text: 'metadata: [unclosed\n' }));
    expect(d.changed).toBe(true);
    expect(d.findings.introduced.map((f) => f.location.file)).toEqual(['test-site-01.yaml']);
    expect(only(d).status).toBe('removed');
  });

  test('a site written the same on both sides keeps its figures, before = after, as the capacity report has them', () => {
    const s = only(diffOf([national()], [national()]), 'haenam-national-ai-center');
    const r = buildCapacityReport(side(fileOf(national())).sites).sites[0];
    const switches = r.fabrics.reduce((n, f) => n + (f.sizing?.switches ?? 0), 0);
    expect(s.status).toBe('unchanged');
    expect(s.totals.switches).toEqual({ before: switches, after: switches, delta: 0 });
    expect(s.totals.accelerators).toEqual({ before: r.capacity.accelerators, after: r.capacity.accelerators, delta: 0 });
    expect(s.domesticShare).toMatchObject({ target: 0.5, metBefore: true, metAfter: true, delta: 0 });
  });

  test('a site written the same whose findings another site changed is changed', () => {
    const clash = mdcSite('b-site'); // the same subnets as test-site-01
    const d = diffOf([mdcSite()], [mdcSite(), clash]);
    const s = only(d);
    expect(s.status).toBe('changed');
    expect(s.findings.introduced.map((f) => f.code)).toContain('AIS402');
  });

  test('a finding a new suppression accepts is listed as suppressed, and the site as changed', () => {
    const [before, after] = [mdcSite(), mdcSite()];
    before.spec.cabinets[0].powerBudgetKw = 5;
    after.spec.cabinets[0].powerBudgetKw = 5;
    (after.metadata as { suppressions?: unknown }).suppressions = [{ code: 'AIS201', reason: 'the second feed arrives next month' }];
    const s = only(diffOf([before], [after]));
    expect(s.findings.suppressed.map((f) => f.code)).toEqual(['AIS201']);
    expect(s.findings.resolved).toEqual([]);
    expect(s.status).toBe('changed');
  });

  test('sites are listed by name', () => {
    const d = diffOf([mdcSite('b-site')], [mdcSite('a-site'), mdcSite('b-site')]);
    expect(d.sites.map((s) => s.name)).toEqual(['a-site', 'b-site']);
  });
});
