import { RuleInfo } from '../findings';

/** Findings about `metadata.suppressions` (see spec/suppressions.ts). */
export const SUPPRESSION_RULES = {
  reason: { code: 'AIS950', rule: 'suppression-reason', severity: 'error', summary: 'A suppression says why its finding is accepted (a non-empty reason).' },
  unused: {
    code: 'AIS951',
    rule: 'suppression-unused',
    severity: 'warning',
    summary: 'A suppression matches a finding: its code, on its target when one is given.',
  },
  code: {
    code: 'AIS952',
    rule: 'suppression-code',
    severity: 'error',
    summary: 'A suppression names a code aisite reports that can be suppressed (not AIS0xx, AIS1xx or AIS95x).',
  },
  expired: { code: 'AIS953', rule: 'suppression-expired', severity: 'warning', summary: "A suppression's expires is a calendar date that has not passed." },
} as const satisfies Record<string, RuleInfo>;

/**
 * Whether findings of a code may be suppressed: not file or schema errors (AIS0xx,
 * AIS1xx: the file is not read as written) and not the suppression findings themselves
 * (a suppression cannot hide a problem with suppressions).
 */
export function canBeSuppressed(code: string): boolean {
  return !/^AIS(0|1|95)/.test(code);
}
