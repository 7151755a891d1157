import { Fabric, ServerProfile } from '../site-types.generated';
import { attachedGroups } from './fabric-members';
import { FabricSizingInput } from './fabric-sizing';
import { ResolvedSite } from './resolved-site';

/** Ports per switch when a fabric does not say (NVIDIA Quantum-2 QM9700: 64 x 400G). */
export const DEFAULT_SWITCH_RADIX = 64;

/** Oversubscription when a fabric does not say: non-blocking. */
export const DEFAULT_OVERSUBSCRIPTION = 1;

/** NIC ports per server on a fabric of this purpose. */
export function nicsFor(purpose: Fabric['purpose'], profile: ServerProfile): number {
  switch (purpose) {
    case 'compute':
      return profile.computeNics;
    case 'storage':
      return profile.storageNics ?? 1;
    case 'management':
      return profile.managementNics ?? 1;
  }
}

/** What one fabric of a site must connect, and the input `sizeFabric` sizes it from. */
export interface FabricLoad {
  /** Servers attached (node groups that resolve; a finding names the others). */
  readonly servers: number;
  /** Server ports on the fabric: servers x NICs of the fabric's purpose (1 without a profile). */
  readonly ports: number;
  /** Rails of a rail-optimized fabric: the most NICs any attached server has. */
  readonly rails?: number;
  /**
   * The fat tree to size. On a rail-optimized fabric every server gets a port on each rail
   * (servers x rails); otherwise every port is an endpoint of its own (ports x 1).
   */
  readonly input: FabricSizingInput;
}

/**
 * The one place a site's fabric becomes a fat-tree sizing input, used by the switch-radix
 * rule (AIS504), the capacity report and the topology graph alike.
 */
export function fabricLoad(site: ResolvedSite, fabric: Fabric): FabricLoad {
  const groups = attachedGroups(site, fabric);
  const nics = (g: (typeof groups)[number]) => (g.profile ? nicsFor(fabric.purpose, g.profile) : 1);
  let servers = 0;
  let ports = 0;
  let rails = 1;
  for (const g of groups) {
    servers += g.servers;
    ports += g.servers * nics(g);
    rails = Math.max(rails, nics(g));
  }
  const shape = {
    topology: fabric.topology,
    radix: fabric.switchRadix ?? DEFAULT_SWITCH_RADIX,
    oversubscription: fabric.oversubscription ?? DEFAULT_OVERSUBSCRIPTION,
  };
  return fabric.topology === 'rail-optimized'
    ? { servers, ports, rails, input: { ...shape, servers, portsPerServer: rails } }
    : { servers, ports, input: { ...shape, servers: ports, portsPerServer: 1 } };
}
