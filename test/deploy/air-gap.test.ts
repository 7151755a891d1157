import * as fs from 'fs';
import * as path from 'path';
import {
  AIR_GAP_CHAIN,
  airGapSupport,
  closedBridges,
  enforceAirGap,
  installAirGap,
  installedBridges,
  IptablesRunner,
  pruneAbsentBridges,
} from '../../deploy/air-gap';
import { bridgeName } from '../../spec/model/docker-names';
import { fakeBin, tempDir } from '../helpers/fake-bin';

/** An in-memory iptables: chains of rule strings, as `iptables -S` prints them. */
function fakeIptables(): { run: IptablesRunner; chains: Map<string, string[]>; calls: string[][] } {
  const chains = new Map<string, string[]>([['INPUT', []]]);
  const calls: string[][] = [];
  const rule = (rest: readonly string[]) => rest.map((a) => (a.startsWith('aisite:') ? `"${a}"` : a)).join(' ');
  const run: IptablesRunner = (args) => {
    calls.push([...args]);
    const [op, chain, ...rest] = args;
    const ok = (stdout = '') => ({ code: 0, stdout, stderr: '' });
    const fail = (stderr: string) => ({ code: 1, stdout: '', stderr });
    if (op === '-V') return ok('iptables v1.8.9 (nf_tables)\n');
    const list = chains.get(chain);
    if (op === '-N') {
      if (list) return fail('Chain already exists.');
      chains.set(chain, []);
      return ok();
    }
    if (!list) return fail(`iptables: No chain/target/match by that name.`);
    if (op === '-S') return ok([`-N ${chain}`, ...list.map((r) => `-A ${chain} ${r}`)].join('\n') + '\n');
    if (op === '-C') return list.includes(rule(rest)) ? ok() : fail('Bad rule');
    if (op === '-A') list.push(rule(rest));
    else if (op === '-I') list.splice(Number(rest[0]) - 1, 0, rule(rest.slice(1)));
    else if (op === '-D') {
      const i = list.indexOf(rule(rest));
      if (i < 0) return fail('Bad rule');
      list.splice(i, 1);
    }
    return ok();
  };
  return { run, chains, calls };
}

describe('installAirGap', () => {
  test('creates the chain, jumps to it first thing in INPUT and drops what arrives on each bridge', () => {
    const fw = fakeIptables();
    expect(installAirGap('h1', ['ais-b', 'ais-a'], fw.run)).toEqual({ added: ['ais-a', 'ais-b'], removed: [] });
    expect(fw.chains.get('INPUT')).toEqual([`-j ${AIR_GAP_CHAIN}`]);
    expect(fw.chains.get(AIR_GAP_CHAIN)).toEqual(['-i ais-a -m comment --comment "aisite:h1" -j DROP', '-i ais-b -m comment --comment "aisite:h1" -j DROP']);
  });

  test('is idempotent: a second run adds and removes nothing', () => {
    const fw = fakeIptables();
    installAirGap('h1', ['ais-a'], fw.run);
    const before = JSON.stringify([...fw.chains]);
    expect(installAirGap('h1', ['ais-a'], fw.run)).toEqual({ added: [], removed: [] });
    expect(JSON.stringify([...fw.chains])).toBe(before);
  });

  test("removes the site's rules for bridges it no longer has, and leaves other sites' alone", () => {
    const fw = fakeIptables();
    installAirGap('h1', ['ais-a', 'ais-b'], fw.run);
    installAirGap('h10', ['ais-c'], fw.run);
    expect(installAirGap('h1', ['ais-b'], fw.run)).toEqual({ added: [], removed: ['ais-a'] });
    expect(installedBridges('h1', fw.run)).toEqual(['ais-b']);
    expect(installedBridges('h10', fw.run)).toEqual(['ais-c']);
  });

  test('an iptables failure is an error naming the command', () => {
    const fw = fakeIptables();
    const broken: IptablesRunner = (args) => (args[0] === '-A' ? { code: 4, stdout: '', stderr: 'iptables: Permission denied\n' } : fw.run(args));
    expect(() => installAirGap('h1', ['ais-a'], broken)).toThrow(
      `iptables -A ${AIR_GAP_CHAIN} -i ais-a -m comment --comment aisite:h1 -j DROP failed: iptables: Permission denied`,
    );
  });
});

describe('airGapSupport', () => {
  const works = fakeIptables().run;

  test('holds for a local engine, as root, with iptables', () => {
    expect(airGapSupport({}, { uid: 0, platform: 'linux', run: works })).toEqual({ enforceable: true });
    expect(airGapSupport({ DOCKER_HOST: 'unix:///run/docker.sock' }, { uid: 0, platform: 'linux', run: works })).toEqual({ enforceable: true });
  });

  test('not for a remote engine', () => {
    expect(airGapSupport({ DOCKER_HOST: 'tcp://10.0.0.5:2376' }, { uid: 0, platform: 'linux', run: works })).toEqual({
      enforceable: false,
      reason: "the engine is remote (tcp://10.0.0.5:2376): its host's firewall is out of aisite's reach",
    });
  });

  test('not without root', () => {
    expect(airGapSupport({}, { uid: 1000, platform: 'linux', run: works })).toEqual({
      enforceable: false,
      reason: 'aisite does not run as root, so it cannot change the host firewall',
    });
  });

  test('not without a working iptables', () => {
    const missing: IptablesRunner = () => ({ code: 127, stdout: '', stderr: 'iptables not found' });
    expect(airGapSupport({}, { uid: 0, platform: 'linux', run: missing })).toEqual({
      enforceable: false,
      reason: 'iptables does not work here (iptables not found)',
    });
  });
});

describe('enforceAirGap', () => {
  test('installs the rules and says so once; a second deploy says nothing', () => {
    const fw = fakeIptables();
    const warnings: string[] = [];
    expect(enforceAirGap('h1', {}, (l) => warnings.push(l), fw.run, { uid: 0, bridges: ['ais-a', 'ais-b'], exists: () => true })).toBe(
      `h1: host firewall: 2 internal bridges closed to the host (${AIR_GAP_CHAIN})`,
    );
    expect(enforceAirGap('h1', {}, (l) => warnings.push(l), fw.run, { uid: 0, bridges: ['ais-a', 'ais-b'], exists: () => true })).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test('where it cannot be enforced: one warning per reason, however many sites, and no rule', () => {
    const fw = fakeIptables();
    const warnings: string[] = [];
    const remote = { DOCKER_HOST: 'tcp://10.9.9.9:2375' };
    for (const site of ['r1', 'r2']) expect(enforceAirGap(site, remote, (l) => warnings.push(l), fw.run, { uid: 0, bridges: ['ais-a'] })).toBeUndefined();
    expect(warnings).toEqual([
      "aisite: warning: air gap not enforced on the host: the engine is remote (tcp://10.9.9.9:2375): its host's firewall is out of aisite's reach; containers on internal networks can still reach the host's addresses (`aisite verify` shows what holds)\n",
    ]);
    expect(fw.chains.has(AIR_GAP_CHAIN)).toBe(false);
  });

  test('a site without internal bridges needs no warning', () => {
    const warnings: string[] = [];
    enforceAirGap('open', {}, (l) => warnings.push(l), fakeIptables().run, { uid: 1000, bridges: [] });
    expect(warnings).toEqual([]);
  });
});

describe('pruneAbsentBridges', () => {
  test('removes the rules, of any site, whose bridge is gone from the host, and keeps the others', () => {
    const fw = fakeIptables();
    installAirGap('h1', ['ais-a', 'ais-gone1'], fw.run);
    installAirGap('h2', ['ais-gone2', 'ais-b'], fw.run);
    const present = new Set(['ais-a', 'ais-b']);
    expect(pruneAbsentBridges(fw.run, (b) => present.has(b))).toEqual(['ais-gone1', 'ais-gone2']);
    expect(installedBridges('h1', fw.run)).toEqual(['ais-a']);
    expect(installedBridges('h2', fw.run)).toEqual(['ais-b']);
  });
});

describe('closedBridges', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = tempDir('aisite-air-gap-');
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** A docker CLI whose `network ls` for site h1 prints `lines` (id, name, driver, internal), logging its calls. */
  function dockerListing(lines: string[]): Record<string, string> {
    fs.writeFileSync(path.join(tmp, 'ls'), lines.map((l) => `${l}\n`).join(''));
    const bin = fakeBin(path.join(tmp, 'bin'), {
      docker: `echo "$*" >> ${tmp}/calls\ncase "$*" in\n  "network ls --no-trunc --filter label=aisite.site=h1 --format "*) cat ${tmp}/ls ;;\n  *) echo "unexpected: $*" >&2; exit 1 ;;\nesac`,
    });
    return { PATH: `${bin}:${process.env.PATH}` };
  }

  test("internal bridge networks only, by aisite's bridge name where that interface exists, else Docker's", () => {
    const id = (c: string) => c.repeat(64);
    const env = dockerListing([
      `${id('a')}\th1-compute\tbridge\ttrue`,
      `${id('b')}\th1-old\tbridge\ttrue`,
      `${id('c')}\th1-egress\tbridge\tfalse`,
      `${id('d')}\th1-swarm\toverlay\ttrue`,
    ]);
    const named = bridgeName('h1-compute');
    expect(closedBridges('h1', env, (name) => name === named)).toEqual([`br-${'b'.repeat(12)}`, named].sort());
  });

  test('one docker call, whatever the number of networks (no inspect)', () => {
    const env = dockerListing(Array.from({ length: 30 }, (_, i) => `${String(i).padStart(64, '0')}\th1-n${i}\tbridge\ttrue`));
    expect(closedBridges('h1', env, () => true)).toHaveLength(30);
    expect(fs.readFileSync(path.join(tmp, 'calls'), 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
