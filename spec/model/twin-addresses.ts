import { Cidr, DOCKER_DEFAULT_BRIDGE, formatCidr, parseCidr } from '../net/cidr';
import { Backbone } from './backbone';
import { tenantNetworkName } from './docker-names';
import { ResolvedSite } from './resolved-site';

/** The block twin networks get their subnets from when a site sets no spec.twin.addressPool. */
export const DEFAULT_TWIN_ADDRESS_POOL = '10.240.0.0/12';

/** Prefix of the smallest subnet a twin network gets (a /24: 253 containers). */
export const TWIN_NETWORK_PREFIX = 24;

/** Addresses of a Docker network that no container gets: network, broadcast, gateway. */
const RESERVED_ADDRESSES = 3;

const UNIT = 2 ** (32 - TWIN_NETWORK_PREFIX);

/** A network of the twin that needs a subnet: a tenant network or a backbone. */
export interface TwinNetwork {
  /** Docker network name (unique across sites: it holds the site's name). */
  readonly name: string;
  /** The site whose pool the subnet comes from: the tenant's site, or the backbone's owner. */
  readonly site: string;
  /** Containers that may join: the tenant's gateway, the controller and every server of its pool (full fidelity), or the two controllers. */
  readonly containers: number;
}

/** Subnets of the twin's networks, and the networks that did not fit their pool. */
export interface TwinAddresses {
  /** Subnet (CIDR) by Docker network name. */
  readonly subnets: ReadonlyMap<string, string>;
  /** Networks no free block of their site's pool could hold, sorted by name. */
  readonly unplaced: readonly TwinNetwork[];
}

/** The pool of a site as written: its spec.twin.addressPool, else the default. */
export function addressPoolOf(site: Pick<ResolvedSite, 'spec'>): string {
  return site.spec.spec.twin?.addressPool ?? DEFAULT_TWIN_ADDRESS_POOL;
}

/**
 * The networks of the given sites that need a subnet: each tenant's network, and each
 * backbone (allocated from its owner's pool). The sizes assume full fidelity, so the
 * subnet does not change with --fidelity or --max-containers.
 */
export function twinNetworks(sites: readonly ResolvedSite[], backbones: readonly Pick<Backbone, 'name' | 'owner'>[]): TwinNetwork[] {
  const list: TwinNetwork[] = [];
  for (const site of sites) {
    const pools = new Map((site.spec.spec.pools ?? []).map((p) => [p.name, p] as const));
    for (const t of site.spec.spec.tenants ?? []) {
      const servers = (pools.get(t.pool)?.nodeGroups ?? []).reduce((s, ref) => s + (site.nodeGroups.get(ref)?.servers ?? 0), 0);
      list.push({ name: tenantNetworkName(site.name, t.name), site: site.name, containers: servers + 2 });
    }
  }
  for (const b of backbones) list.push({ name: b.name, site: b.owner, containers: 2 });
  return list;
}

/**
 * Gives every twin network a subnet from its site's pool, the same for the same sites
 * whatever the order of files: networks are placed in name order, each at the aligned
 * block a hash of its name picks, else the next free one (wrapping round the pool).
 * Blocks overlapping any fabric of the given sites, Docker's default bridge or a block
 * already given are skipped. A network gets a /24, or the smallest larger block that
 * holds its containers. Adding a site moves another network only when they collide.
 */
export function allocateTwinAddresses(sites: readonly ResolvedSite[], networks: readonly TwinNetwork[]): TwinAddresses {
  const poolOf = new Map<string, Cidr | undefined>();
  for (const s of sites) if (!poolOf.has(s.name)) poolOf.set(s.name, parseCidr(addressPoolOf(s)));
  const obstacles: Cidr[] = [DOCKER_DEFAULT_BRIDGE];
  for (const s of sites)
    for (const f of s.spec.spec.fabrics ?? []) {
      const c = parseCidr(f.subnet);
      if (c) obstacles.push(c);
    }
  const taken = new Set<number>();
  const marked = new Set<string>();
  const subnets = new Map<string, string>();
  const unplaced: TwinNetwork[] = [];
  const sorted = [...networks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of sorted) {
    if (subnets.has(n.name)) continue;
    const pool = poolOf.get(n.site);
    const prefix = prefixFor(n.containers);
    if (!pool || prefix < pool.prefix) {
      unplaced.push(n);
      continue;
    }
    const key = formatCidr(pool);
    if (!marked.has(key)) {
      markObstacles(pool, obstacles, taken);
      marked.add(key);
    }
    const block = place(n.name, pool, prefix, taken);
    if (block === undefined) unplaced.push(n);
    else subnets.set(n.name, formatCidr({ network: block, prefix }));
  }
  return { subnets, unplaced };
}

/** The twin subnets of the given sites, their backbones included. */
export function twinAddressesOf(sites: readonly ResolvedSite[], backbones: readonly Pick<Backbone, 'name' | 'owner'>[]): TwinAddresses {
  return allocateTwinAddresses(sites, twinNetworks(sites, backbones));
}

/** Prefix of the smallest block (a /24 at least) whose usable addresses hold `containers`. */
export function prefixFor(containers: number): number {
  let prefix = TWIN_NETWORK_PREFIX;
  while (prefix > 0 && 2 ** (32 - prefix) - RESERVED_ADDRESSES < containers) prefix--;
  return prefix;
}

/** /24 units of the pool that some obstacle overlaps, marked taken. */
function markObstacles(pool: Cidr, obstacles: readonly Cidr[], taken: Set<number>): void {
  const end = pool.network + pool.size;
  for (const o of obstacles) {
    const from = Math.max(pool.network, o.network);
    const to = Math.min(end, o.network + o.size);
    for (let a = from - (from % UNIT); a < to; a += UNIT) taken.add(a / UNIT);
  }
}

/** The first free aligned block from the hashed start, taken; undefined when the pool is full. */
function place(name: string, pool: Cidr, prefix: number, taken: Set<number>): number | undefined {
  const units = 2 ** (TWIN_NETWORK_PREFIX - prefix);
  const slots = pool.size / (units * UNIT);
  const start = fnv1a(name) % slots;
  for (let i = 0; i < slots; i++) {
    const first = pool.network / UNIT + ((start + i) % slots) * units;
    let free = true;
    for (let u = first; u < first + units && free; u++) free = !taken.has(u);
    if (!free) continue;
    for (let u = first; u < first + units; u++) taken.add(u);
    return first * UNIT;
  }
  return undefined;
}

/** FNV-1a, 32 bits, of the UTF-16 code units: a stable spread of names over the pool. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
