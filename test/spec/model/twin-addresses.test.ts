import { parseSource } from '../../../spec/load/load-files';
import { backbonesOf } from '../../../spec/model/backbone';
import { ResolvedSite } from '../../../spec/model/resolved-site';
import { DEFAULT_TWIN_ADDRESS_POOL, prefixFor, twinAddressesOf, twinNetworks } from '../../../spec/model/twin-addresses';
import { Cidr, overlaps, parseCidr } from '../../../spec/net/cidr';
import { Site } from '../../../spec/site-types.generated';
import { validateDocuments } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

/** Resolved sites from documents, as validate reads them. */
function resolve(docs: readonly Site[]): ResolvedSite[] {
  return [...validateDocuments(docs.flatMap((d) => parseSource(`${d.metadata.name}.yaml`, toYaml(d).text).documents)).sites];
}

/** `n` MDCs with two tenants each and fabrics of their own (10.<i>.0.0/23). */
function mdcs(n: number, fabric = (i: number) => `10.${i}.0.0/24`): Site[] {
  return Array.from({ length: n }, (_, i) => {
    const s = mdcSite(`mdc-${String(i).padStart(3, '0')}`);
    s.spec.fabrics = [{ name: 'compute', purpose: 'compute', linkGbps: 100, subnet: fabric(i), topology: 'leaf-spine' }];
    s.spec.tenants = [...s.spec.tenants!, { name: 'quality', pool: 'inference', guaranteed: 8 }];
    return s;
  });
}

const addressesOf = (sites: ResolvedSite[]) => twinAddressesOf(sites, backbonesOf(sites));
const cidrs = (m: ReadonlyMap<string, string>): Cidr[] => [...m.values()].map((s) => parseCidr(s)!);

describe('twinAddressesOf', () => {
  test('every tenant network of 40 sites gets a /24 inside the default pool', () => {
    const { subnets, unplaced } = addressesOf(resolve(mdcs(40)));
    const pool = parseCidr(DEFAULT_TWIN_ADDRESS_POOL)!;
    expect(unplaced).toEqual([]);
    expect(subnets.size).toBe(80);
    expect(cidrs(subnets).filter((c) => c.prefix !== 24 || c.network < pool.network || c.network + c.size > pool.network + pool.size)).toEqual([]);
  });

  test('the allocation does not depend on the order of the files', () => {
    const sites = resolve(mdcs(30));
    const reversed = [...sites].reverse();
    const shuffled = sites
      .map((s, i) => [(i * 7919) % 31, s] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, s]) => s);
    const a = [...addressesOf(sites).subnets].sort();
    expect([...addressesOf(reversed).subnets].sort()).toEqual(a);
    expect([...addressesOf(shuffled).subnets].sort()).toEqual(a);
  });

  test('no two subnets overlap, and none overlaps a fabric, even when fabrics sit inside the pool', () => {
    // Fabrics 10.240.<i>.0/24 .. : 60 of the pool's /24s are taken by fabrics.
    const sites = resolve(mdcs(60, (i) => `10.240.${i}.0/24`));
    const { subnets, unplaced } = addressesOf(sites);
    expect(unplaced).toEqual([]);
    const list = cidrs(subnets);
    const fabrics = sites.flatMap((s) => (s.spec.spec.fabrics ?? []).map((f) => parseCidr(f.subnet)!));
    const clashes = list.flatMap((c, i) =>
      [...list.slice(i + 1), ...fabrics].filter((o) => overlaps(c, o)).map((o) => `${c.network}/${c.prefix}~${o.network}/${o.prefix}`),
    );
    expect(clashes).toEqual([]);
  });

  test('blocks a fabric takes are skipped: the networks fill exactly the free ones', () => {
    const docs = mdcs(4, (i) => `10.240.${2 * i}.0/24`).map((s) => ({ ...s, spec: { ...s.spec, twin: { addressPool: '10.240.0.0/21' } } }));
    const { subnets, unplaced } = addressesOf(resolve(docs));
    expect([...subnets.values()].sort()).toEqual(['10.240.1.0/24', '10.240.3.0/24', '10.240.5.0/24', '10.240.7.0/24']);
    expect(unplaced).toHaveLength(4);
  });

  test('a pool smaller than the networks leaves the rest unplaced, by name', () => {
    const docs = mdcs(3).map((s) => ({ ...s, spec: { ...s.spec, twin: { addressPool: '10.99.0.0/23' } } }));
    const { subnets, unplaced } = addressesOf(resolve(docs));
    expect(subnets.size).toBe(2);
    expect(unplaced).toHaveLength(4);
    expect(cidrs(subnets).map((c) => c.prefix)).toEqual([24, 24]);
  });

  test('a tenant whose pool has more servers than a /24 holds gets the smallest larger block', () => {
    const s = mdcSite('big-site');
    s.spec.cabinets[0].count = 80; // 4 servers x 80 cabinets = 320 servers
    s.spec.cabinets[0].powerBudgetKw = 20;
    const [site] = resolve([s]);
    const [net] = twinNetworks([site], []);
    expect(net.containers).toBe(322);
    expect(prefixFor(net.containers)).toBe(23);
    expect(addressesOf([site]).subnets.get('big-site-tenant-radiology-ai')).toMatch(/\/23$/);
  });

  test("a backbone gets a subnet from its owner's pool", () => {
    const [a, b] = mdcs(2);
    a.spec.uplinks = [{ name: 'up', peer: b.metadata.name, gbps: 10 }];
    b.spec.uplinks = [{ name: 'up', peer: a.metadata.name, gbps: 10 }];
    a.spec.twin = { addressPool: '10.77.0.0/20' };
    const sites = resolve([a, b]);
    const backbone = backbonesOf(sites)[0];
    expect(backbone.owner).toBe('mdc-000');
    const subnet = parseCidr(addressesOf(sites).subnets.get(backbone.name)!)!;
    expect(overlaps(subnet, parseCidr('10.77.0.0/20')!)).toBe(true);
  });

  test('a site added to a set moves none of the other networks unless it collides with them', () => {
    const before = addressesOf(resolve(mdcs(20))).subnets;
    const after = addressesOf(resolve(mdcs(21))).subnets;
    const added = [...after].filter(([n]) => !before.has(n)).map(([, s]) => s);
    const moved = [...before].filter(([n, s]) => after.get(n) !== s);
    // A network moves only when one of the new ones took its block first.
    expect(moved.filter(([, s]) => !added.includes(s))).toEqual([]);
  });
});
