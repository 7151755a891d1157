/**
 * The one number formatter of `aisite diff`: plain and signed numbers with thousands
 * separators, as a reviewer reads them (+1,024 / −8 / ±0). The minus is U+2212, the
 * sign typography uses; JSON keeps plain numbers.
 */

/** The minus sign of signed numbers (U+2212), wider than a hyphen. */
export const MINUS = '\u2212';

/** Digits after the point, at most, for kW, PFLOPS and weights. */
export const FRACTION_DIGITS = 3;

/**
 * 1,024 or 12.5: thousands separators, at most FRACTION_DIGITS after the point. Written
 * out rather than with toLocaleString, whose first call loads ICU data (150 ms of a diff).
 */
export function plainNumber(n: number): string {
  const [whole, fraction] = Math.abs(n)
    .toFixed(FRACTION_DIGITS)
    .replace(/\.?0+$/, '')
    .split('.');
  const s = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
  return n < 0 && s !== '0' ? `${MINUS}${s}` : s;
}

/** +1,024, −8, ±0: a change, always with its sign. */
export function signedNumber(n: number): string {
  const s = plainNumber(Math.abs(n));
  if (s === '0') return '±0';
  return n > 0 ? `+${s}` : `${MINUS}${s}`;
}

/** 25.0%: a share (0..1) as a percentage with one decimal. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** +2.3 pp, −0.5 pp: a change of a share, in percentage points. */
export function signedPoints(delta: number): string {
  const s = Math.abs(delta * 100).toFixed(1);
  if (s === '0.0') return '±0 pp';
  return `${delta > 0 ? '+' : MINUS}${s} pp`;
}
