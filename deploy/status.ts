import { LABELS } from '../spec/model/docker-names';
import { ExpectedSite } from './expected-site';
import { LiveSite } from './docker-objects';

export interface GroupStatus {
  readonly cabinet: string;
  readonly nodeGroup: string;
  readonly expected: number;
  readonly running: number;
  readonly healthy: number;
}

export interface SiteStatus {
  readonly site: string;
  /** True when nothing is missing, extra or unhealthy. */
  readonly inSync: boolean;
  /** Whether the spec was known (else only live objects are listed). */
  readonly withSpec: boolean;
  readonly groups: readonly GroupStatus[];
  readonly containers: { readonly expected: number; readonly live: number; readonly healthy: number };
  readonly networks: readonly string[];
  readonly drift: {
    readonly missing: readonly string[];
    readonly extra: readonly string[];
    readonly unhealthy: ReadonlyArray<{ readonly name: string; readonly state: string; readonly health: string }>;
  };
}

const isHealthy = (c: { state: string; health: string }) => c.state === 'running' && (c.health === 'healthy' || c.health === 'none');

/** Compares the live site with what the spec says it should be. */
export function compareSite(live: LiveSite, expected: ExpectedSite | undefined, site: string): SiteStatus {

  const groups = new Map<string, { cabinet: string; nodeGroup: string; expected: number; running: number; healthy: number }>();
  const key = (cab: string, ng: string) => `${cab}/${ng}`;
  for (const e of expected?.containers ?? []) {
    if (e.role !== 'node') continue;
    const g = groups.get(key(e.cabinet!, e.nodeGroup!)) ?? { cabinet: e.cabinet!, nodeGroup: e.nodeGroup!, expected: 0, running: 0, healthy: 0 };
    g.expected++;
    groups.set(key(e.cabinet!, e.nodeGroup!), g);
  }
  for (const c of live.containers) {
    if (c.labels[LABELS.role] !== 'node') continue;
    const k = key(c.labels[LABELS.cabinet] ?? '?', c.labels[LABELS.nodeGroup] ?? '?');
    const g = groups.get(k) ?? { cabinet: c.labels[LABELS.cabinet] ?? '?', nodeGroup: c.labels[LABELS.nodeGroup] ?? '?', expected: 0, running: 0, healthy: 0 };
    if (c.state === 'running') g.running++;
    if (isHealthy(c)) g.healthy++;
    groups.set(k, g);
  }
  const expectedNames = new Set([...(expected?.containers ?? []).map((c) => c.name), ...(expected?.networks ?? []), ...(expected?.volumes ?? [])]);
  const liveAll = new Set([...live.containers.map((c) => c.name), ...live.networks.map((n) => n.name), ...live.volumes.map((v) => v.name)]);
  const missing = expected ? [...expectedNames].filter((n) => !liveAll.has(n)).sort() : [];
  const extra = expected ? [...liveAll].filter((n) => !expectedNames.has(n)).sort() : [];
  const unhealthy = live.containers.filter((c) => !isHealthy(c)).map((c) => ({ name: c.name, state: c.state, health: c.health }));
  return {
    site,
    withSpec: expected !== undefined,
    inSync: missing.length === 0 && extra.length === 0 && unhealthy.length === 0 && (expected !== undefined || live.containers.length > 0),
    groups: [...groups.values()],
    containers: { expected: expected?.containers.length ?? 0, live: live.containers.length, healthy: live.containers.filter(isHealthy).length },
    networks: live.networks.map((n) => n.name),
    drift: { missing, extra, unhealthy },
  };
}

/** Human-readable status: per cabinet and node group, then drift. */
export function formatStatus(s: SiteStatus): string {
  const lines: string[] = [];
  const mark = s.inSync ? '✔' : '✖';
  lines.push(`${mark} ${s.site}: ${s.containers.healthy}/${s.withSpec ? s.containers.expected : s.containers.live} containers healthy, ${s.networks.length} networks${s.withSpec ? '' : ' (no spec given: live objects only)'}`);
  for (const g of s.groups) lines.push(`  ${`${g.cabinet}/${g.nodeGroup}`.padEnd(28)} ${g.healthy}/${g.expected || g.running} healthy${g.running < g.expected ? `, ${g.expected - g.running} not running` : ''}`);
  for (const m of s.drift.missing) lines.push(`  missing    ${m}`);
  for (const e of s.drift.extra) lines.push(`  extra      ${e}`);
  for (const u of s.drift.unhealthy) lines.push(`  unhealthy  ${u.name} (${u.state}${u.health !== 'none' ? `, ${u.health}` : ''})`);
  if (!s.inSync && s.withSpec) lines.push(`  drift: run \`aisite deploy\` to heal it`);
  return lines.join('\n') + '\n';
}
