import { Precision } from '../model/capacity';
import { mustBe, num, q, SiteRule } from './rule';

export const NATIONAL_RULES: readonly SiteRule[] = [
  {
    code: 'AIS801',
    rule: 'exaflops-target',
    severity: 'warning',
    scope: 'site',
    summary: 'A national center reaches its exaFLOPS target at the target precision.',
    check(site, report) {
      const t = site.spec.spec.targets;
      if (!t?.exaflops) return;
      const precision: Precision = t.precision ?? 'fp64';
      const ef = site.capacity.peakPflops[precision] / 1000;
      if (ef >= t.exaflops) return;
      report(
        '/spec/targets/exaflops',
        mustBe(`peak ${precision} of ${q(site.name)}`, `at least the target ${num(t.exaflops)} EF`, `${ef.toFixed(3)} EF`, 'is reached'),
        `add about ${Math.ceil(((t.exaflops - ef) * 1e6) / perAcceleratorTflops(site, precision))} accelerators with ${precision} throughput, or lower the target`,
      );
    },
  },
  {
    code: 'AIS802',
    rule: 'domestic-share-target',
    severity: 'warning',
    scope: 'site',
    summary: 'A national center reaches its domestic accelerator share target.',
    check(site, report) {
      const target = site.spec.spec.targets?.domesticAcceleratorShare;
      if (target === undefined) return;
      const c = site.capacity;
      if (c.domesticShare + 1e-9 >= target) return;
      const foreign = c.accelerators - c.domesticAccelerators;
      // (domestic + x) / (all + x) >= target needs x >= (target*all - domestic) / (1 - target);
      // a 100% target is reached only by replacing the foreign accelerators.
      const fix =
        target >= 1
          ? `replace the ${foreign} non-domestic accelerators with domestic ones (e.g. furiosa-rngd, rebellions-rebel-quad), or lower the target`
          : `add about ${Math.ceil((target * c.accelerators - c.domesticAccelerators) / (1 - target))} domestic accelerators (e.g. furiosa-rngd, rebellions-rebel-quad), or lower the target`;
      report(
        '/spec/targets/domesticAcceleratorShare',
        mustBe(
          `the domestic accelerator share of ${q(site.name)}`,
          `at least ${pct(target)}`,
          `${pct(c.domesticShare)} (${c.domesticAccelerators} of ${c.accelerators})`,
          'is reached',
        ),
        fix,
      );
    },
  },
  {
    code: 'AIS803',
    rule: 'ownership-shares',
    severity: 'error',
    scope: 'site',
    summary: 'Public and private SPC ownership shares sum to 1.',
    check(site, report) {
      const o = site.spec.spec.ownership;
      if (!o) return;
      const sum = o.public + o.private;
      if (Math.abs(sum - 1) < 1e-9) return;
      report(
        '/spec/ownership',
        mustBe('ownership public + private', '1', `${num(o.public)} + ${num(o.private)} = ${num(sum)}`),
        `set private: ${num(1 - o.public)} (e.g. public 0.51, private 0.49 as in the national plan)`,
      );
    },
  },
  {
    code: 'AIS804',
    rule: 'national-fields',
    severity: 'error',
    scope: 'site',
    summary: 'targets and ownership are used only by a NationalAiCenter.',
    check(site, report) {
      if (site.kind === 'NationalAiCenter') return;
      for (const field of ['targets', 'ownership'] as const) {
        if (site.spec.spec[field] === undefined) continue;
        report(
          `/spec/${field}`,
          mustBe(`a site with spec.${field}`, 'of kind NationalAiCenter', site.kind, 'was given'),
          `remove spec.${field}, or set kind: NationalAiCenter`,
          { key: true },
        );
      }
    },
  },
];

function pct(x: number): string {
  return `${num(x * 100)}%`;
}

function perAcceleratorTflops(
  site: { catalog: { accelerators: ReadonlyMap<string, { value: { peakTflops: Partial<Record<Precision, number>> } }> } },
  precision: Precision,
): number {
  let best = 0;
  for (const { value } of site.catalog.accelerators.values()) best = Math.max(best, value.peakTflops[precision] ?? 0);
  return best || 1;
}
