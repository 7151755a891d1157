import { createHash } from 'crypto';
/**
 * Names and labels of the Docker objects a site becomes. `status` and `destroy` find a
 * site's objects by these labels alone, without the spec.
 */
export const LABEL_PREFIX = 'aisite.';

export const LABELS = {
  managedBy: 'aisite.managed-by',
  site: 'aisite.site',
  role: 'aisite.role',
  cabinet: 'aisite.cabinet',
  cabinetIndex: 'aisite.cabinet-index',
  nodeGroup: 'aisite.node-group',
  accelerator: 'aisite.accelerator',
  acceleratorsPerNode: 'aisite.accelerators-per-node',
  represents: 'aisite.represents',
  pool: 'aisite.pool',
  tenant: 'aisite.tenant',
  tenants: 'aisite.tenants',
  fabric: 'aisite.fabric',
  purpose: 'aisite.purpose',
  peers: 'aisite.peers',
  /** The id of the Terraform state that owns the object (deploy/ownership.ts). */
  owner: 'aisite.owner',
  /** Where that state lives, for people: `host:/path/terraform.tfstate` or `pg:…`. */
  ownerState: 'aisite.owner-state',
  /** A container's PIDs limit where it is not the common one (deploy/pids-limit.ts sets it). */
  pidsLimit: 'aisite.pids-limit',
} as const;

/**
 * The Terraform variables every site stack declares for its owner labels: their values
 * come from the operation at plan time (TF_VAR_…), never from the synthesized files, so
 * the same spec still synthesizes the same bytes in every checkout.
 */
export const OWNER_VARIABLES = { id: 'aisite_owner', state: 'aisite_owner_state' } as const;

/** Roles of containers and networks. */
export type DockerRole = 'node' | 'controller' | 'tenant' | 'fabric' | 'tenant-network' | 'storage' | 'backbone';

export function fabricNetworkName(site: string, fabric: string): string {
  return `${site}-${fabric}`;
}

/**
 * The network several fabrics share in a programme twin (spec/model/fabric-networks.ts),
 * `<site>-<a>_<b>`; one fabric's is `fabricNetworkName`. Fabric names are DNS labels, so
 * the `_` cannot make a name another object has.
 */
export function sharedFabricNetworkName(site: string, fabrics: readonly string[]): string {
  return fabricNetworkName(site, fabrics.join('_'));
}

export function tenantNetworkName(site: string, tenant: string): string {
  return `${site}-tenant-${tenant}`;
}

export function nodeContainerPrefix(site: string, cabinet: string, nodeGroup: string): string {
  return `${site}-${cabinet}-${nodeGroup}`;
}

export function controllerName(site: string): string {
  return `${site}-controller`;
}

export function tenantContainerName(site: string, tenant: string): string {
  return `${site}-tenant-${tenant}`;
}

/**
 * The controller's alias on a tenant's network (its entrypoint resolves it to learn its
 * address there): `controller-for-<tenant>`, or with the tenant name's SHA-256 (first 12
 * hex digits) for a name too long for one DNS label (63 characters).
 */
export function controllerTenantAlias(tenant: string): string {
  const prefix = 'controller-for-';
  const alias = prefix + tenant;
  return alias.length <= DNS_LABEL_MAX ? alias : prefix + createHash('sha256').update(tenant).digest('hex').slice(0, 12);
}

/** The longest DNS label. */
const DNS_LABEL_MAX = 63;

export function tenantVolumeName(site: string, tenant: string): string {
  return `${site}-tenant-${tenant}-data`;
}

export function siteVolumeName(site: string): string {
  return `${site}-data`;
}

/** The network two peered sites' controllers share; `a` and `b` in either order. */
export function backboneNetworkName(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `aisite-backbone-${x}--${y}`;
}

/** The bridge driver option that names a network's bridge on the host. */
export const BRIDGE_NAME_OPTION = 'com.docker.network.bridge.name';

/** Linux interface names are at most 15 characters (IFNAMSIZ - 1). */
const IFNAME_MAX = 15;

/**
 * The host bridge of an aisite network: `ais-` and the first 11 hex digits of the
 * network name's SHA-256 (15 characters, the Linux limit), so the host firewall can name
 * it before the network exists and the same name always gives the same bridge.
 */
export function bridgeName(network: string): string {
  const prefix = 'ais-';
  return (
    prefix +
    createHash('sha256')
      .update(network)
      .digest('hex')
      .slice(0, IFNAME_MAX - prefix.length)
  );
}
