import type { SiteStatus } from '../../deploy/status';

/** Human-readable status: per cabinet and node group, then drift. */
export function formatStatus(s: SiteStatus): string {
  const lines: string[] = [];
  const mark = s.inSync ? '✔' : '✖';
  const tasks = s.services.length
    ? `, ${s.services.length} service${s.services.length === 1 ? '' : 's'} (${s.services.reduce((n, x) => n + x.running, 0)}/${s.services.reduce((n, x) => n + x.desired, 0)} tasks running)`
    : '';
  lines.push(
    `${mark} ${s.site}: ${s.containers.healthy}/${s.withSpec ? s.containers.expected : s.containers.live} containers healthy${tasks}, ${s.networks.length} networks${s.withSpec ? '' : ' (no spec given: live objects only)'}`,
  );
  for (const e of s.engines ?? []) lines.push(`  engine ${e.host}: ${e.healthy}/${e.containers} containers healthy`);
  for (const g of s.groups) {
    const name = `${g.cabinet}/${g.nodeGroup}`.padEnd(28);
    if (g.service) lines.push(`  ${name} ${g.running}/${g.expected || g.running} tasks running (service ${g.service})`);
    else lines.push(`  ${name} ${g.healthy}/${g.expected || g.running} healthy${g.running < g.expected ? `, ${g.expected - g.running} not running` : ''}`);
  }
  for (const m of s.drift.missing) lines.push(`  missing    ${m}`);
  for (const e of s.drift.extra) lines.push(`  extra      ${e}`);
  for (const u of s.drift.unhealthy) lines.push(`  unhealthy  ${u.name} (${u.state}${u.health !== 'none' ? `, ${u.health}` : ''})`);
  for (const r of s.drift.replicas) lines.push(`  replicas   ${r.name} ${r.running}/${r.desired} running${r.error ? ` (${r.error})` : ''}`);
  if (!s.inSync && s.withSpec) lines.push(`  drift: run \`aisite deploy\` to heal it`);
  return lines.join('\n') + '\n';
}
