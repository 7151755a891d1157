import { Cabinet } from '../site-types.generated';
import { mustBe, num, q, SiteRule } from './rule';

/**
 * Highest sustained rack density each cooling method handles, kW per rack. Air above
 * ~25 kW is beyond what room air cooling removes (GPU edge racks run 20-40 kW and need
 * liquid assistance; SuperPOD B200 racks exceed 25 kW); see docs/rules.md.
 */
export const COOLING_MAX_KW: Readonly<Record<Cabinet['cooling'], number>> = {
  air: 25,
  'rear-door': 50,
  'direct-liquid': 150,
  immersion: 250,
};

/** Most cabinets a MicroDataCenter usually has (micro data centers are 1-10 racks). */
export const MDC_MAX_CABINETS = 10;

/** Node groups named when a cabinet total leaves some out; the rest are counted. */
export const LEFT_OUT_NAMED = 3;

/**
 * A cabinet total as given, or "at least" it when node groups were left out of it, naming
 * them: "at least 30 kW (not counting 'cab-a/npu', whose power is unknown)".
 */
export function atLeast(total: string, leftOut: readonly string[], figure: 'power' | 'height'): string {
  if (leftOut.length === 0) return total;
  const named = leftOut.slice(0, LEFT_OUT_NAMED).map(q).join(', ');
  const more = leftOut.length > LEFT_OUT_NAMED ? ` and ${leftOut.length - LEFT_OUT_NAMED} more` : '';
  return `at least ${total} (not counting ${named}${more}, whose ${figure} is unknown)`;
}

export const CAPACITY_RULES: readonly SiteRule[] = [
  {
    code: 'AIS201',
    rule: 'cabinet-power-budget',
    severity: 'error',
    scope: 'site',
    summary: 'Servers in a cabinet draw no more than its power budget.',
    check(site, report) {
      for (const cab of site.cabinets) {
        if (cab.powerKw <= cab.spec.powerBudgetKw) continue;
        report(
          `${cab.path}/powerBudgetKw`,
          mustBe(
            `the draw of cabinet ${q(cab.name)}`,
            `at most its powerBudgetKw of ${num(cab.spec.powerBudgetKw)} kW`,
            atLeast(`${num(cab.powerKw)} kW`, cab.powerUnknownFor, 'power'),
            'is drawn by its servers',
          ),
          `raise powerBudgetKw to at least ${Math.ceil(cab.powerKw)}, or move servers to another cabinet`,
        );
      }
    },
  },
  {
    code: 'AIS202',
    rule: 'cabinet-rack-units',
    severity: 'error',
    scope: 'site',
    summary: 'Servers in a cabinet fit its rack units.',
    check(site, report) {
      for (const cab of site.cabinets) {
        if (cab.rackUnitsUsed <= cab.spec.rackUnits) continue;
        report(
          `${cab.path}/rackUnits`,
          mustBe(
            `the servers of cabinet ${q(cab.name)}`,
            `at most ${cab.spec.rackUnits}U high`,
            atLeast(`${cab.rackUnitsUsed}U`, cab.rackUnitsUnknownFor, 'height'),
            'are installed',
          ),
          `use a taller cabinet (rackUnits: ${cab.rackUnitsUsed}${cab.rackUnitsUnknownFor.length ? ' or more' : ''}) or fewer servers per cabinet (raise the cabinet count instead)`,
        );
      }
    },
  },
  {
    code: 'AIS203',
    rule: 'cooling-density',
    severity: 'error',
    scope: 'site',
    summary: 'The cooling method can remove the heat of the cabinet (air at most ~25 kW per rack).',
    check(site, report) {
      for (const cab of site.cabinets) {
        const max = COOLING_MAX_KW[cab.spec.cooling];
        if (cab.powerKw <= max) continue;
        const better = (Object.keys(COOLING_MAX_KW) as Cabinet['cooling'][]).find((c) => COOLING_MAX_KW[c] >= cab.powerKw);
        report(
          `${cab.path}/cooling`,
          mustBe(
            `the density of ${cab.spec.cooling}-cooled cabinet ${q(cab.name)}`,
            `at most ${max} kW per rack`,
            atLeast(`${num(cab.powerKw)} kW`, cab.powerUnknownFor, 'power'),
            'is drawn',
          ),
          better ? `use cooling: ${better}, or spread the servers over more cabinets` : 'spread the servers over more cabinets',
        );
      }
    },
  },
  {
    code: 'AIS204',
    rule: 'mdc-size',
    severity: 'warning',
    scope: 'site',
    summary: `A MicroDataCenter has at most ${MDC_MAX_CABINETS} cabinets.`,
    check(site, report) {
      if (site.kind !== 'MicroDataCenter' || site.capacity.cabinets <= MDC_MAX_CABINETS) return;
      report(
        '/kind',
        mustBe('a MicroDataCenter', `at most ${MDC_MAX_CABINETS} cabinets`, String(site.capacity.cabinets), 'were given'),
        'describe a site this large as kind: NationalAiCenter, or split it into several micro data centers',
      );
    },
  },
];
