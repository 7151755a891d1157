import { ContainerConfig, ContainerHealthcheck } from '@cdktf/provider-docker/lib/container';
import { ServiceTaskSpecContainerSpec, ServiceTaskSpecLogDriver, ServiceTaskSpecResourcesLimits } from '@cdktf/provider-docker/lib/service';

/** Memory limit of every aisite container, MB: busybox httpd needs a few. */
export const CONTAINER_MEMORY_MB = 32;
/** The unprivileged user every aisite container runs as (nobody). */
export const CONTAINER_UID = 65534;
/**
 * Processes (and threads) at most in every aisite container: httpd forks per request and
 * `aisite verify` runs a few probes at a time; a fork bomb stops here. The provider has
 * no such argument (4.6.0), so deploy sets it with `docker update` (deploy/pids-limit.ts).
 */
export const CONTAINER_PIDS_LIMIT = 128;
/** CPU limit of every aisite container, in CPUs. */
export const CONTAINER_CPUS = '0.25';

/**
 * Hardened defaults shared by every container aisite creates: not privileged, all
 * capabilities dropped, read-only root with a small /tmp, no new privileges, an
 * unprivileged user, memory and CPU limits, and never the host network.
 */
export const HARDENED: Pick<
  ContainerConfig,
  | 'privileged'
  | 'capabilities'
  | 'readOnly'
  | 'securityOpts'
  | 'tmpfs'
  | 'user'
  | 'memory'
  | 'memorySwap'
  | 'cpus'
  | 'networkMode'
  | 'logDriver'
  | 'logOpts'
  | 'mustRun'
> = {
  privileged: false,
  capabilities: { drop: ['ALL'] },
  readOnly: true,
  securityOpts: ['no-new-privileges:true'],
  // Owned by the container user: Docker drops a tmpfs mode on restart (755, root), so a
  // restarted container could not write /tmp; ownership survives the restart.
  tmpfs: { '/tmp': `rw,noexec,nosuid,size=1m,mode=1777,uid=${CONTAINER_UID},gid=${CONTAINER_UID}` },
  user: `${CONTAINER_UID}:${CONTAINER_UID}`,
  memory: CONTAINER_MEMORY_MB,
  // Docker sets swap to twice the memory when unset and reports it back; leaving it unset
  // makes every plan after deploy show a change (a perpetual diff).
  memorySwap: 2 * CONTAINER_MEMORY_MB,
  cpus: CONTAINER_CPUS,
  networkMode: 'bridge',
  logDriver: 'json-file',
  logOpts: { 'max-size': '1m', 'max-file': '1' },
  mustRun: true,
};

/**
 * Turns the node image's Docker healthcheck off for one container (`HEALTHCHECK NONE`).
 * The times and retries are never used, but must not be zero: Docker fills a zero field
 * from the image's HEALTHCHECK, and the provider would read that back as a change on
 * every plan. Each is written as Go prints a duration (`30s`, not `1m`), for the same reason.
 */
export const NO_HEALTHCHECK: ContainerHealthcheck = { test: ['NONE'], interval: '30s', timeout: '1s', startPeriod: '1s', retries: 1 };

/**
 * A container's healthcheck setting: the node image's own (nothing to set), or none when
 * the twin does without (spec/model/twin-plan.ts `keepsHealthchecks`).
 */
export function healthcheckSetting(keep: boolean | undefined): Pick<ContainerConfig, 'healthcheck'> {
  return keep === false ? { healthcheck: NO_HEALTHCHECK } : {};
}

/**
 * HARDENED as far as a Swarm task's container spec takes it (Docker 20.10's service API,
 * provider 4.6.0): read-only root, all capabilities dropped, the unprivileged user, a
 * small /tmp. Services are never privileged and never on the host network. Not
 * available for services: no-new-privileges (no security options in the task spec) and
 * the tmpfs uid/gid (only size and mode; mode 777 is enough because a task is never
 * restarted in place, Swarm replaces it). See docs/decisions.md.
 */
export const HARDENED_TASK: Pick<ServiceTaskSpecContainerSpec, 'readOnly' | 'capDrop' | 'user' | 'mounts' | 'stopSignal' | 'stopGracePeriod'> = {
  readOnly: true,
  capDrop: ['ALL'],
  user: `${CONTAINER_UID}:${CONTAINER_UID}`,
  // Docker mounts it noexec, nosuid, nodev. 777, not 1777: Swarm keeps only the
  // permission bits of the mode (a sticky bit would read back as a change in every plan);
  // the one user of the container needs no sticky /tmp.
  mounts: [{ type: 'tmpfs', target: '/tmp', tmpfsOptions: { sizeBytes: 1024 * 1024, mode: 0o777 } }],
  // busybox httpd ignores SIGTERM as PID 1, so tasks are killed at once (as `docker rm -f`
  // does to containers). A grace period also makes the provider wait, on destroy, up to
  // that long for each task container to be gone before it removes the networks: Swarm
  // takes a few seconds to stop a removed service's tasks.
  stopSignal: 'SIGKILL',
  stopGracePeriod: '10s',
};

/** The memory and CPU limits of HARDENED for a task (a task spec has no swap setting). */
export const TASK_LIMITS: ServiceTaskSpecResourcesLimits = {
  memoryBytes: CONTAINER_MEMORY_MB * 1024 * 1024,
  nanoCpus: Math.round(Number(CONTAINER_CPUS) * 1e9),
};

/** The log settings of HARDENED for a task. */
export const TASK_LOG_DRIVER: ServiceTaskSpecLogDriver = { name: 'json-file', options: { 'max-size': '1m', 'max-file': '1' } };
