import { describePlan, SitePlan } from '../../deploy/deploy';

/** What plan prints of a site: Terraform's counts and the leftovers deploy would remove. */
export function describeSitePlan(p: SitePlan): string {
  const n = p.leftoverNames.length;
  return `${describePlan(p)}${n ? `; ${n} leftover object${n === 1 ? '' : 's'} of this state not in Terraform's state to remove (${p.leftoverNames.join(', ')})` : ''}`;
}
