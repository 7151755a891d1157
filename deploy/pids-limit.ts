import { CONTAINER_PIDS_LIMIT } from '../constructs/hardening';
import { LABELS } from '../spec/model/docker-names';
import { docker } from './docker-objects';
import { Env } from '../spec/env';

/**
 * Gives every container of the site the PIDs limit (CONTAINER_PIDS_LIMIT, or its
 * aisite.pids-limit label: a controller with many addresses) that the provider cannot set, with `docker update` (kept across restarts; a container Terraform
 * replaces gets it on the next deploy, which runs this every time). Only containers
 * without it are touched; swarm task containers are left to Swarm. Returns their names.
 */
export function limitPids(site: string, env: Env): string[] {
  const ids = docker(['ps', '-aq', '--no-trunc', '--filter', `label=${LABELS.site}=${site}`], env)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!ids.length) return [];
  const live = JSON.parse(docker(['inspect', ...ids], env)) as Array<{
    Id: string;
    Name: string;
    HostConfig: { PidsLimit?: number | null };
    Config: { Labels: Record<string, string> | null };
  }>;
  const wanted = (c: (typeof live)[number]) => Number((c.Config.Labels ?? {})[LABELS.pidsLimit]) || CONTAINER_PIDS_LIMIT;
  const open = live.filter((c) => c.HostConfig.PidsLimit !== wanted(c) && !(c.Config.Labels ?? {})['com.docker.swarm.task.id']);
  // One call per limit: each docker CLI start costs 0.3-1 s on a loaded machine (docs/performance.md).
  const byLimit = new Map<number, string[]>();
  for (const c of open) {
    if (!byLimit.has(wanted(c))) byLimit.set(wanted(c), []);
    byLimit.get(wanted(c))!.push(c.Id);
  }
  for (const [limit, ids] of byLimit) docker(['update', '--pids-limit', String(limit), ...ids], env);
  return open.map((c) => c.Name.replace(/^\//, '')).sort();
}
