import { spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import {
  BLOCKED_ADDRESSES_IN_FULL,
  finalAnswer,
  LiveAddress,
  needsSecondProbe,
  parseProbeOutput,
  probeScript,
  SECOND_PROBE,
  targetAddresses,
} from '../../deploy/verify';
import { backboneNetworkName } from '../../spec/model/docker-names';
import { ProbeSource, ReachabilityRule } from '../../spec/model/reachability';
import { busybox as busyboxGate, describeGated } from '../helpers/gates';

describe('probeScript', () => {
  test('one background probe per target, a wait after every batch and at the end', () => {
    const s = probeScript(
      [
        { address: '10.0.0.1', port: 8080 },
        { address: '10.0.0.2', port: 2375 },
        { address: '1.1.1.1', port: 53 },
      ],
      2,
    );
    const lines = s.trim().split('\n');
    expect(lines.slice(4)).toEqual(['p 0 10.0.0.1 8080 &', 'p 1 10.0.0.2 2375 &', 'wait', 'p 2 1.1.1.1 53 &', 'wait']);
  });

  test("a probe waits 1 s for the connect and is killed after 3 s; the second round's waits longer", () => {
    expect(probeScript([], 8).split('\n')[2]).toMatch(/^p\(\) .*\$bb timeout 3 \$bb nc -w 1 /);
    expect(probeScript([], 8, SECOND_PROBE).split('\n')[2]).toContain(`$bb timeout ${SECOND_PROBE.killSeconds} $bb nc -w ${SECOND_PROBE.connectSeconds} `);
  });

  test("a probe of an aisite node's server goes without busybox timeout (its watcher outlives the probe and fills the PIDs limit)", () => {
    const lines = probeScript([{ address: '10.0.0.1', port: 8080, node: true }], 8)
      .trim()
      .split('\n');
    expect(lines[3]).toMatch(/^n\(\) \{ o=\$\(\$bb nc -w 1 /);
    expect(lines[3]).not.toContain('timeout');
    expect(lines.slice(4)).toEqual(['n 0 10.0.0.1 8080 &', 'wait']);
  });

  test('refuses anything but an IPv4 address and an integer port (nothing reaches the shell unchecked)', () => {
    expect(() => probeScript([{ address: '10.0.0.1; reboot', port: 80 }], 8)).toThrow('not a probe target: 10.0.0.1; reboot:80');
    expect(() => probeScript([{ address: '10.0.0.1', port: 80.5 }], 8)).toThrow('not a probe target: 10.0.0.1:80.5');
  });

  test('refuses a timeout that is not a whole number of seconds', () => {
    expect(() => probeScript([], 8, { connectSeconds: 0.5, killSeconds: 3 })).toThrow(
      'a probe timeout must be a whole number of seconds of at least 1, but 0.5 was given',
    );
  });
});

/** Runs the probe script with the host's busybox (the one the node image is built from). */
function runScript(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/busybox', ['sh', '-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

describeGated('the probe script, run by busybox', [busyboxGate], () => {
  let server: net.Server;
  let open: number;
  let closed: number;

  beforeAll(async () => {
    if (!fs.existsSync('/bin/busybox')) throw new Error('the probe script runs /bin/busybox, which this host lacks');
    server = net.createServer((s) => s.end('a greeting nc must not mistake for an answer\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    open = (server.address() as net.AddressInfo).port;
    const spare = net.createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    closed = (spare.address() as net.AddressInfo).port;
    await new Promise((resolve) => spare.close(resolve));
  });
  afterAll(() => server.close());

  test('a server that accepts (and greets) is reach', async () => {
    expect(parseProbeOutput(await runScript(probeScript([{ address: '127.0.0.1', port: open }], 8)), 1)).toEqual(['reach']);
  });

  test("a node's server probed without the kill: reach when it answers, blocked where nothing does", async () => {
    const script = probeScript(
      [
        { address: '127.0.0.1', port: open, node: true },
        { address: '192.0.2.254', port: 9, node: true },
      ],
      8,
    );
    expect(parseProbeOutput(await runScript(script), 2)).toEqual(['reach', 'blocked']);
  });

  test('a closed port (the host answered with a reset) is reach', async () => {
    expect(parseProbeOutput(await runScript(probeScript([{ address: '127.0.0.1', port: closed }], 8)), 1)).toEqual(['reach']);
  });

  test('an address where nothing answers is blocked (the connect timed out)', async () => {
    // TEST-NET-1 (RFC 5737): routed nowhere that answers.
    expect(parseProbeOutput(await runScript(probeScript([{ address: '192.0.2.254', port: 9 }], 8)), 1)).toEqual(['blocked']);
  });

  test('a probe killed before nc gave up (status 143, no message) is lost, not reach (what a loaded host used to turn into a violation)', async () => {
    // Judged by the script's own classifier: no target here makes nc outlast the kill
    // for certain (busybox nc quits at its stdin's end, and on this machine's subnet a
    // failed ARP ends a connect within a second, now and then).
    const script = `${probeScript([], 8)}c 0 143 ''\nc 1 1 'nc: timed out'\nc 2 0 ''\n`;
    expect(parseProbeOutput(await runScript(script), 3)).toEqual(['lost', 'blocked', 'reach']);
  });
});

describe('parseProbeOutput', () => {
  test('answers by index, in any order; a probe that printed nothing stays undefined', () => {
    expect(parseProbeOutput('2 blocked\n0 reach\nnoise\n3 lost\n', 4)).toEqual(['reach', undefined, 'blocked', 'lost']);
  });

  test('ignores indexes beyond the probes sent', () => {
    expect(parseProbeOutput('5 reach\n', 2)).toEqual([undefined, undefined]);
  });
});

describe('needsSecondProbe', () => {
  test('a path that must be blocked: again when the first answer was reach, lost or missing; not when blocked', () => {
    expect(['reach', 'lost', undefined, 'blocked'].map((a) => needsSecondProbe('blocked', a as never, false))).toEqual([true, true, true, false]);
  });

  test('a path that must connect: again (every address) only when none of its addresses connected', () => {
    expect(needsSecondProbe('reach', 'blocked', false)).toBe(true);
    expect(needsSecondProbe('reach', 'blocked', true)).toBe(false);
    expect(needsSecondProbe('reach', 'lost', true)).toBe(false);
  });

  test('a path the spec leaves open: never', () => {
    expect(needsSecondProbe('any', 'lost', false)).toBe(false);
  });
});

describe('finalAnswer', () => {
  test('probed once: the answer, or unknown when there was none', () => {
    expect(finalAnswer('blocked', 'blocked')).toBe('blocked');
    expect(finalAnswer('reach', 'reach')).toBe('reach');
    expect(finalAnswer('blocked', 'lost')).toBe('unknown');
    expect(finalAnswer('any', undefined)).toBe('unknown');
  });

  test('must be blocked, answered first: reach when the second probe answers again or cannot tell; unconfirmed when it times out', () => {
    expect(finalAnswer('blocked', 'reach', { answer: 'reach' })).toBe('reach');
    expect(finalAnswer('blocked', 'reach', { answer: 'lost' })).toBe('reach');
    expect(finalAnswer('blocked', 'reach', { answer: undefined })).toBe('reach');
    expect(finalAnswer('blocked', 'reach', { answer: 'blocked' })).toBe('unconfirmed');
  });

  test('must be blocked, no first answer: the second decides; none twice is unknown', () => {
    expect(finalAnswer('blocked', 'lost', { answer: 'reach' })).toBe('reach');
    expect(finalAnswer('blocked', undefined, { answer: 'blocked' })).toBe('blocked');
    expect(finalAnswer('blocked', 'lost', { answer: 'lost' })).toBe('unknown');
  });

  test('must connect: reach when either probe connected, blocked when the patient one timed out too', () => {
    expect(finalAnswer('reach', 'blocked', { answer: 'reach' })).toBe('reach');
    expect(finalAnswer('reach', 'lost', { answer: 'reach' })).toBe('reach');
    expect(finalAnswer('reach', 'blocked', { answer: 'blocked' })).toBe('blocked');
    expect(finalAnswer('reach', 'blocked', { answer: 'lost' })).toBe('blocked');
  });
});

describe('targetAddresses', () => {
  const center = 'c';
  const mdcs = Array.from({ length: 200 }, (_, i) => `m${String(i + 1).padStart(3, '0')}`);
  // The center's controller: its management fabric, a tenant network and one backbone per MDC.
  const centerController: LiveAddress[] = [
    { network: 'c-mgmt', ip: '10.0.0.2' },
    { network: 'c-tenant-a', ip: '10.0.1.2' },
    ...mdcs.map((m, i) => ({ network: backboneNetworkName(center, m), ip: `10.1.${i}.2` })),
  ];
  const source = (container: string, role: ProbeSource['role'], networks: string[]): ProbeSource => ({
    site: container.split('-')[0],
    container,
    role,
    networks,
    internalOnly: false,
  });
  const rule = (from: ProbeSource, expect: 'reach' | 'blocked', networks = centerController.map((a) => a.network)): ReachabilityRule => ({
    from,
    to: { kind: 'container', container: 'c-controller', site: center, networks },
    expect,
    why: '',
  });
  const m007 = backboneNetworkName(center, 'm007');

  test("a path that must connect probes only the target's addresses on the networks the spec says the two share", () => {
    const from = source('m007-controller', 'controller', ['m007-mgmt', m007]);
    expect(targetAddresses(rule(from, 'reach'), centerController, [])).toEqual(['10.1.6.2']);
  });

  test('a path that must connect, with no shared network live, probes nothing (the caller reports it as a violation)', () => {
    const from = source('m007-controller', 'controller', ['m007-mgmt', m007]);
    expect(targetAddresses(rule(from, 'reach'), centerController.slice(0, 2), [])).toEqual([]);
  });

  test(`a path that must not connect probes every address of a target with at most ${BLOCKED_ADDRESSES_IN_FULL}`, () => {
    const from = source('m007-tenant-x', 'tenant', ['m007-tenant-x']);
    const few = centerController.slice(0, BLOCKED_ADDRESSES_IN_FULL);
    expect(targetAddresses(rule(from, 'blocked'), few, [])).toEqual(few.map((a) => a.ip));
  });

  test("above it: the address on the two sites' backbone, those on the source's networks (by the spec or live), and one more", () => {
    const from = source('m007-tenant-x', 'tenant', ['m007-tenant-x']);
    const got = targetAddresses(rule(from, 'blocked'), centerController, [{ network: 'c-tenant-a', ip: '10.0.1.9' }]);
    expect(got).toHaveLength(3);
    expect(got).toContain('10.1.6.2');
    expect(got).toContain('10.0.1.2');
  });

  test('the one more is chosen by the source: the sources of a set between them probe many of the other addresses', () => {
    const seen = new Set<string>();
    for (const m of mdcs) {
      const from = source(`${m}-tenant-x`, 'tenant', [`${m}-tenant-x`]);
      const got = targetAddresses(rule(from, 'blocked'), centerController, []);
      expect(got).toHaveLength(2);
      for (const ip of got) seen.add(ip);
    }
    expect(seen.size).toBeGreaterThan(150);
  });
});
