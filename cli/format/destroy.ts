import type { DestroyResult } from '../../deploy/destroy';

/** What a destroy removed, in one line: Terraform's part, the containers before it, the sweep. */
export function describeDestroy(r: DestroyResult, engines: number): string {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  const first = r.containersFirst ? `, after ${n(r.containersFirst, 'container')} one at a time` : '';
  const how = r.terraform
    ? `terraform destroy removed ${n(r.terraformResources ?? 0, 'resource')}${first}`
    : r.terraformError
      ? `terraform destroy failed (${r.terraformError})${first}`
      : r.noState
        ? 'no Terraform state here, swept by label'
        : 'swept by label (no stack)';
  const s = r.swept;
  const total = (s.services ?? 0) + s.containers + s.networks + s.volumes;
  const where = engines > 1 ? ` on ${engines} engines` : '';
  const sweep = total
    ? `the label sweep removed${where}: ${s.services ? `${n(s.services, 'service')}, ` : ''}${n(s.containers, 'container')}, ${n(s.networks, 'network')}, ${n(s.volumes, 'volume')}`
    : `the label sweep found nothing left${where}`;
  return `${how}; ${sweep}`;
}
