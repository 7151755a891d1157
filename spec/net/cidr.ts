/** IPv4 CIDR arithmetic for addressing rules (no dependencies). */
export interface Cidr {
  /** The address as written, as an unsigned 32-bit integer. */
  readonly address: number;
  readonly prefix: number;
  /** The network address (host bits cleared). */
  readonly network: number;
  /** Number of addresses in the block. */
  readonly size: number;
}

export function parseCidr(text: string): Cidr | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  const size = 2 ** (32 - prefix);
  const network = address - (address % size);
  return { address, prefix, network, size };
}

export function formatCidr(c: Pick<Cidr, 'network' | 'prefix'>): string {
  return `${formatAddress(c.network)}/${c.prefix}`;
}

export function formatAddress(a: number): string {
  return [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join('.');
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.network < b.network + b.size && b.network < a.network + a.size;
}

/**
 * Addresses left for containers on a Docker network with this subnet: all but the
 * network and broadcast addresses and the gateway Docker takes.
 */
export function usableAddresses(c: Cidr): number {
  return Math.max(0, c.size - 3);
}

/** Docker's default bridge network, which a local twin must not collide with. */
export const DOCKER_DEFAULT_BRIDGE = parseCidr('172.17.0.0/16')!;
