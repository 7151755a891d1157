import { Fabric, ServerProfile } from '../site-types.generated';

/** Ports per switch when a fabric does not say (NVIDIA Quantum-2 QM9700: 64 x 400G). */
export const DEFAULT_SWITCH_RADIX = 64;

/**
 * Most endpoint ports a fabric of switches with `radix` ports can connect:
 * flat = one switch; leaf-spine = two tiers; rail-optimized = up to three tiers (fat tree).
 * A leaf gives radix x o/(1+o) ports to endpoints at oversubscription o.
 */
export function maxEndpoints(topology: Fabric['topology'], radix: number, oversubscription: number): number {
  const down = Math.floor((radix * oversubscription) / (1 + oversubscription));
  switch (topology) {
    case 'flat':
      return radix;
    case 'leaf-spine':
      return radix * down;
    case 'rail-optimized':
      return Math.floor(radix / 2) * radix * down;
  }
}

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
