import { describePlan, SitePlan } from '../../deploy/deploy';

/** Leftover names plan lists at most; the count is always whole. */
export const LEFTOVERS_LISTED = 10;

/** What plan prints of a site: Terraform's counts and the leftovers deploy would remove. */
export function describeSitePlan(p: SitePlan): string {
  const n = p.leftoverNames.length;
  if (!n) return describePlan(p);
  const more = n > LEFTOVERS_LISTED ? `, and ${n - LEFTOVERS_LISTED} more` : '';
  return `${describePlan(p)}; ${n} leftover object${n === 1 ? '' : 's'} of this state not in Terraform's state to remove (${p.leftoverNames.slice(0, LEFTOVERS_LISTED).join(', ')}${more})`;
}
