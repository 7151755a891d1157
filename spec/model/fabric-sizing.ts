import { Fabric } from '../site-types.generated';

/** What a fabric is built from: how many servers, how many ports each, which switches. */
export interface FabricSizingInput {
  readonly topology: Fabric['topology'];
  /** Servers attached. */
  readonly servers: number;
  /** Ports per server on this fabric; on a rail-optimized fabric, one per rail. */
  readonly portsPerServer: number;
  /** Ports per switch. */
  readonly radix: number;
  /** Leaf downlink to uplink ratio; 1 is non-blocking. */
  readonly oversubscription: number;
}

/** Switches and cables of a fabric, tier by tier. */
export interface FabricSizing {
  /** 1 (one tier of switches), 2 (leaf and spine) or 3 (leaf, spine and core). */
  readonly tiers: 1 | 2 | 3;
  readonly leaves: number;
  readonly spines: number;
  readonly cores: number;
  readonly switches: number;
  /** Server-to-leaf cables (one per server port). */
  readonly serverCables: number;
  readonly leafSpineCables: number;
  readonly spineCoreCables: number;
  readonly cables: number;
}

/**
 * Sizes a fat-tree fabric the way a DGX SuperPOD is sized.
 *
 * A leaf gives `down = radix x o/(1+o)` ports to servers and the rest to spines. On a
 * rail-optimized fabric every rail (server port i) has its own leaves, so a leaf never
 * mixes rails. Two tiers suffice while a spine can reach every leaf (leaves <= radix):
 * spines = leaf uplinks / radix. Beyond that a third tier is added: spines split their
 * ports half down, half up, and cores take all the spine uplinks. With 64-port switches,
 * 8 ports per server and 32 servers per scalable unit this gives NVIDIA's published
 * figures: 1 SU 8 leaf / 4 spine; 2, 4, 8 SU 16/8, 32/16, 64/32; 16 SU 128/128/64 core;
 * 64 SU 512/512/256 (see docs/decisions.md).
 */
export function sizeFabric(input: FabricSizingInput): FabricSizing {
  const { servers, portsPerServer, radix } = input;
  const ports = servers * portsPerServer;
  if (ports === 0) return sizing(1, 0, 0, 0, 0, 0, 0);
  if (input.topology === 'flat') {
    const leaves = Math.ceil(ports / radix);
    return sizing(1, leaves, 0, 0, ports, 0, 0);
  }
  const down = Math.max(1, Math.floor((radix * input.oversubscription) / (1 + input.oversubscription)));
  const up = radix - down;
  const leaves = input.topology === 'rail-optimized' ? portsPerServer * Math.ceil(servers / down) : Math.ceil(ports / down);
  if (leaves === 1) return sizing(1, 1, 0, 0, ports, 0, 0);
  const uplinks = leaves * up;
  if (leaves <= radix) {
    const spines = Math.ceil(uplinks / radix);
    return sizing(2, leaves, spines, 0, ports, uplinks, 0);
  }
  const half = Math.floor(radix / 2);
  const spines = Math.ceil(uplinks / half);
  const spineUplinks = spines * (radix - half);
  const cores = Math.ceil(spineUplinks / radix);
  return sizing(3, leaves, spines, cores, ports, uplinks, spineUplinks);
}

function sizing(tiers: 1 | 2 | 3, leaves: number, spines: number, cores: number, serverCables: number, leafSpineCables: number, spineCoreCables: number): FabricSizing {
  return {
    tiers,
    leaves,
    spines,
    cores,
    switches: leaves + spines + cores,
    serverCables,
    leafSpineCables,
    spineCoreCables,
    cables: serverCables + leafSpineCables + spineCoreCables,
  };
}
