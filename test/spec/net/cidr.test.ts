import fc from 'fast-check';
import { DOCKER_DEFAULT_BRIDGE, formatAddress, formatCidr, overlaps, parseCidr, usableAddresses } from '../../../spec/net/cidr';

const cidr = (text: string) => {
  const c = parseCidr(text);
  if (!c) throw new Error(`${text} did not parse`);
  return c;
};

describe('parseCidr', () => {
  test('parses address, prefix, network and size', () => {
    expect(parseCidr('10.40.0.0/22')).toEqual({ address: (10 << 24) + (40 << 16), prefix: 22, network: (10 << 24) + (40 << 16), size: 1024 });
  });

  test('keeps host bits in address and clears them in network', () => {
    const c = cidr('10.40.0.1/24');
    expect(c.address - c.network).toBe(1);
    expect(formatAddress(c.network)).toBe('10.40.0.0');
  });

  test('treats addresses above 127.255.255.255 as unsigned', () => {
    expect(cidr('255.255.255.255/32')).toEqual({ address: 2 ** 32 - 1, prefix: 32, network: 2 ** 32 - 1, size: 1 });
    expect(cidr('192.168.1.0/24').network).toBeGreaterThan(0);
  });

  test('/0 covers the whole IPv4 space', () => {
    expect(cidr('0.0.0.0/0')).toMatchObject({ network: 0, size: 2 ** 32 });
  });

  test.each(['256.0.0.0/8', '10.0.0.0/33', '10.0.0/8', '10.0.0.0', '10.0.0.0/-1', 'a.b.c.d/8', ''])('rejects %p', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });

  test('property: the network is aligned to the block size and round-trips through formatCidr', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }), (addr, prefix) => {
        const c = cidr(`${formatAddress(addr)}/${prefix}`);
        expect(c.address).toBe(addr);
        expect(c.network % c.size).toBe(0);
        expect(addr - c.network).toBeLessThan(c.size);
        expect(parseCidr(formatCidr(c))).toEqual({ ...c, address: c.network });
      }),
      { seed: 42 },
    );
  });
});

describe('overlaps', () => {
  test('a block inside another overlaps it', () => {
    expect(overlaps(cidr('10.40.0.0/22'), cidr('10.40.2.0/24'))).toBe(true);
  });

  test('adjacent blocks do not overlap', () => {
    expect(overlaps(cidr('10.40.0.0/24'), cidr('10.40.1.0/24'))).toBe(false);
  });

  test('property: overlap is symmetric and a block overlaps itself', () => {
    const arb = fc.tuple(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 })).map(([a, p]) => cidr(`${formatAddress(a)}/${p}`));
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(overlaps(a, a)).toBe(true);
      }),
      { seed: 42 },
    );
  });
});

describe('usableAddresses', () => {
  test('leaves out network, broadcast and the Docker gateway', () => {
    expect(usableAddresses(cidr('10.0.0.0/24'))).toBe(256 - 3);
    expect(usableAddresses(cidr('10.0.0.0/30'))).toBe(1);
  });

  test('is never negative', () => {
    expect(usableAddresses(cidr('10.0.0.0/31'))).toBe(0);
    expect(usableAddresses(cidr('10.0.0.0/32'))).toBe(0);
  });
});

test('formatAddress writes dotted quads', () => {
  expect(formatAddress(2 ** 32 - 1)).toBe('255.255.255.255');
  expect(formatAddress((172 << 24) + (17 << 16))).toBe('172.17.0.0');
});

test("Docker's default bridge is 172.17.0.0/16", () => {
  expect(formatCidr(DOCKER_DEFAULT_BRIDGE)).toBe('172.17.0.0/16');
});
