import { ContainerConfig } from '@cdktf/provider-docker/lib/container';

/** Memory limit of every aisite container, MB: busybox httpd needs a few. */
export const CONTAINER_MEMORY_MB = 32;
/** The unprivileged user every aisite container runs as (nobody). */
export const CONTAINER_UID = 65534;
/** CPU limit of every aisite container, in CPUs. */
export const CONTAINER_CPUS = '0.25';

/**
 * Hardened defaults shared by every container aisite creates: not privileged, all
 * capabilities dropped, read-only root with a small /tmp, no new privileges, an
 * unprivileged user, memory and CPU limits, and never the host network.
 */
export const HARDENED: Pick<ContainerConfig,
  'privileged' | 'capabilities' | 'readOnly' | 'securityOpts' | 'tmpfs' | 'user' | 'memory' | 'memorySwap' | 'cpus' | 'networkMode' | 'logDriver' | 'logOpts' | 'mustRun'> = {
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
