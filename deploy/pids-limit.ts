import { CONTAINER_PIDS_LIMIT } from '../constructs/hardening';
import { LABELS } from '../spec/model/docker-names';
import { docker } from './docker-objects';
import { Env } from '../spec/env';

/**
 * Gives every container of the site the PIDs limit (CONTAINER_PIDS_LIMIT) that the
 * provider cannot set, with `docker update` (kept across restarts; a container Terraform
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
  const open = live.filter((c) => c.HostConfig.PidsLimit !== CONTAINER_PIDS_LIMIT && !(c.Config.Labels ?? {})['com.docker.swarm.task.id']);
  // One call for all: each docker CLI start costs 0.3-1 s on a loaded machine (docs/performance.md).
  if (open.length) docker(['update', '--pids-limit', String(CONTAINER_PIDS_LIMIT), ...open.map((c) => c.Id)], env);
  return open.map((c) => c.Name.replace(/^\//, '')).sort();
}
