/**
 * How much a site controller needs beyond the limits every aisite container has. The
 * controller runs one busybox httpd per address (stacks/node-image/entrypoint.sh: what a
 * network may read is decided by the address a request arrives at), so a national center
 * with an uplink to each of 200 MDCs runs about 205 of them: more than the 32 MB and the
 * 128 processes of every other container (it was killed for memory at 201 sites).
 */

/** Addresses the common limits hold: up to these, a controller is sized like any container. */
export const ADDRESSES_IN_COMMON_LIMITS = 64;

/**
 * Memory per address past the common limits, KB. 100 httpds took 13.3 MB in one container
 * once running, but a center's controller with 204 addresses (205 httpds, loopback
 * included) peaked at 40.0–52.5 MB while starting (the kernel's memory for its processes
 * 21–31 MB of it, varying from run to run) against the 54 MB that 160 KB gave, and was
 * killed for memory in one 201-site deploy of four. 320 KB gives it 76 MB, 1.45 times its
 * highest peak (decision 40).
 */
export const HTTPD_KB = 320;

/** A controller's addresses: one per fabric network it serves (spec/model/fabric-networks.ts), tenant network and backbone it joins. */
export function controllerAddresses(served: number, tenants: number, backbones: number): number {
  return served + tenants + backbones;
}

/** Memory beyond the common limit, MB: one httpd per address past ADDRESSES_IN_COMMON_LIMITS. */
export function controllerExtraMemoryMb(addresses: number): number {
  return Math.ceil((Math.max(0, addresses - ADDRESSES_IN_COMMON_LIMITS) * HTTPD_KB) / 1024);
}

/** Processes beyond the common PIDs limit: one per address past ADDRESSES_IN_COMMON_LIMITS. */
export function controllerExtraPids(addresses: number): number {
  return Math.max(0, addresses - ADDRESSES_IN_COMMON_LIMITS);
}
