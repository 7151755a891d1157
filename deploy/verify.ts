import { spawn } from 'child_process';
import * as os from 'os';
import { Backbone } from '../spec/model/backbone';
import { CrossSiteSample } from '../spec/model/cross-site-sample';
import { backboneNetworkName } from '../spec/model/docker-names';
import { Expectation, ProbeSource, reachability, ReachabilityRule, NODE_PORT, ReachabilityOptions } from '../spec/model/reachability';
import { ResolvedSite } from '../spec/model/resolved-site';
import { airGapSupport, closedBridges, installedBridges } from './air-gap';
import { docker } from './docker-objects';
import { eachLimited } from './schedule';
import { Env } from '../spec/env';

/** What a probe saw: a connection or a refusal (the packet got there), or nothing. */
export type Observation = 'reach' | 'blocked' | 'not probed';

/**
 * One probe's answer: `reach` (connected, or refused: the packet got there), `blocked` (the
 * connect timed out, or no route), `lost` (it could not tell: killed by its time limit
 * before nc gave up, or nc could not run).
 */
export type ProbeAnswer = 'reach' | 'blocked' | 'lost';

/** How long one probe waits: nc's connect timeout, and the time after which it is killed. */
export interface ProbeTiming {
  readonly connectSeconds: number;
  readonly killSeconds: number;
}

/** The first probe of every path: short, so a full matrix stays quick. */
export const FIRST_PROBE: ProbeTiming = { connectSeconds: 1, killSeconds: 3 };
/** The second probe of a path whose first answer broke the policy or was lost: patient. */
export const SECOND_PROBE: ProbeTiming = { connectSeconds: 3, killSeconds: 8 };

/** One rule of the matrix with what the probes saw. */
export interface ProbeOutcome {
  readonly rule: ReachabilityRule;
  readonly observed: Observation;
  /** Addresses (ip:port) probed. */
  readonly probed: readonly string[];
  /** Those that answered (connected or refused). */
  readonly reached: readonly string[];
  /** Why nothing was probed, when so. */
  readonly note?: string;
  readonly violation: boolean;
  /**
   * Addresses that answered the first probe of a path that must be blocked, but not the
   * second (which timed out, with a longer timeout): not counted as reach, shown apart.
   */
  readonly unconfirmed?: readonly string[];
}

/** Whether the host firewall holds the air gap of a site, as found on the host. */
export interface AirGapState {
  readonly site: string;
  readonly enforceable: boolean;
  /** Why it cannot be enforced here (remote engine, not root, no iptables). */
  readonly reason?: string;
  /** The site's internal bridges, and those the firewall closes. */
  readonly bridges: readonly string[];
  readonly closed: readonly string[];
}

export interface VerifyReport {
  readonly sites: readonly string[];
  readonly outcomes: readonly ProbeOutcome[];
  readonly airGap: readonly AirGapState[];
  readonly probes: number;
  /** Probes of the second round (paths whose first answer broke the policy or was lost). @default 0 */
  readonly reprobed?: number;
  readonly violations: number;
  readonly seconds: number;
  /** Which other sites' controllers were probed: all pairs, or a sample (spec/model/cross-site-sample.ts). */
  readonly crossSite: { readonly sampled: boolean; readonly pairs: number; readonly possiblePairs: number };
}

export interface VerifyOptions extends ReachabilityOptions {
  /** The docker CLI's environment (the sites' own engine). */
  readonly env: Env;
  /** Containers probed from at once (one `docker exec` each). @default 4 */
  readonly concurrency?: number;
  /** Probes run at once inside one container (the PIDs limit bounds them). @default 8 */
  readonly perContainer?: number;
  /** Containers probed from at once in the second round (longer timeouts, on a host that may be loaded). @default 2 */
  readonly retryConcurrency?: number;
  /** Timeouts of the first round. @default FIRST_PROBE */
  readonly firstProbe?: ProbeTiming;
  /** Timeouts of the second round. @default SECOND_PROBE */
  readonly secondProbe?: ProbeTiming;
  /** Host addresses besides the gateways of the sites' networks. @default the local host's own, for a local engine */
  readonly hostAddresses?: readonly string[];
}

/** One IPv4 address of a container: the network it is on, and that network's gateway. */
export interface LiveAddress {
  readonly network: string;
  readonly ip: string;
  readonly gateway?: string;
}

interface LiveEndpoint {
  readonly running: boolean;
  /** Sorted by address. */
  readonly addresses: readonly LiveAddress[];
}

/**
 * A target with more addresses than this (a center's controller on one backbone per MDC)
 * has a must-not-connect path probed on a bounded choice of them (`targetAddresses`).
 */
export const BLOCKED_ADDRESSES_IN_FULL = 8;

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** One probe to run: the rule it belongs to, and where it goes. */
interface ProbeItem extends ProbeTarget {
  readonly rule: number;
}

/** The probes run from one source container. */
interface SourceProbes {
  readonly source: ProbeSource;
  readonly items: readonly ProbeItem[];
}

/**
 * Runs the sites' reachability matrix (spec/model/reachability.ts) as real TCP probes
 * inside the containers: busybox `nc` to every address of each target, from one `docker
 * exec` per source container, `concurrency` containers at a time. A connection or a
 * refusal means the packet arrived (reach); a timeout or an unreachable network means it
 * did not (blocked); a probe killed by its time limit, or that never ran, tells nothing.
 *
 * Two rounds, so that a loaded host (a 1 s connect that times out, a `docker exec` that
 * fails) never decides the result: the first probes every path quickly; the second probes
 * again, more patiently and fewer containers at a time, only the addresses whose first
 * answer broke the policy or was lost. A path that must connect passes if either round
 * connected. A path that must not connect fails if it answered the first round and the
 * second confirmed it (answered again, or could not tell); an answer the second round
 * contradicts (it timed out, with the longer timeout) is reported as unconfirmed, not as
 * reach. Containers cannot send ICMP (busybox 1.35's ping needs NET_RAW), so only TCP.
 */
export async function verifySites(sites: readonly ResolvedSite[], backbones: readonly Backbone[], opts: VerifyOptions): Promise<VerifyReport> {
  const started = Date.now();
  const { rules, crossSite } = reachability(sites, backbones, opts);
  const names = new Set<string>();
  for (const r of rules) {
    names.add(r.from.container);
    if (r.to.kind === 'container') names.add(r.to.container);
  }
  const live = inspectEndpoints([...names].sort(), opts.env);
  const hostOwn = opts.hostAddresses ?? localHostAddresses(opts.env);
  const hostAddressesOf = hostAddressChooser(rules, live, new Set(backbones.map((b) => b.name)), hostOwn, crossSite);

  const bySource = new Map<string, { source: ProbeSource; items: ProbeItem[] }>();
  const absent = new Map<number, string>();
  rules.forEach((r, i) => {
    const src = live.get(r.from.container);
    if (!src?.running) return absent.set(i, `${r.from.container} is not running`);
    let addresses: string[];
    let port: number;
    if (r.to.kind === 'container') {
      const target = live.get(r.to.container);
      if (!target?.addresses.length) return absent.set(i, `${r.to.container} is not deployed`);
      addresses = targetAddresses(r, target.addresses, src.addresses);
      if (!addresses.length)
        return absent.set(i, `${r.to.container} has no address on ${sharedNetworks(r).join(', ') || 'a network'} it shares with ${r.from.container}`);
      port = NODE_PORT;
    } else if (r.to.kind === 'host') {
      addresses = hostAddressesOf(r.from);
      port = r.to.port;
    } else {
      addresses = [r.to.address];
      port = r.to.port;
    }
    const entry = bySource.get(r.from.container) ?? { source: r.from, items: [] };
    // A container target is an aisite node's server (ProbeTarget.node).
    const node = r.to.kind === 'container';
    for (const address of addresses) entry.items.push(node ? { rule: i, address, port, node } : { rule: i, address, port });
    bySource.set(r.from.container, entry);
  });
  const groups = [...bySource.values()];

  const perContainer = opts.perContainer ?? 8;
  const round = async (work: readonly SourceProbes[], limit: number, timing: ProbeTiming) => {
    const answers = new Map<ProbeItem, ProbeAnswer | undefined>();
    await eachLimited(work, limit, async ({ source, items }) => {
      const got = await probeFrom(source.container, items, perContainer, timing, opts.env);
      items.forEach((item, k) => answers.set(item, got[k]));
    });
    return answers;
  };
  const first = await round(groups, opts.concurrency ?? 4, opts.firstProbe ?? FIRST_PROBE);
  const connected = new Set<number>();
  for (const [item, answer] of first) if (answer === 'reach') connected.add(item.rule);
  const again = (item: ProbeItem) => needsSecondProbe(rules[item.rule].expect, first.get(item), connected.has(item.rule));
  const retry = groups.map(({ source, items }) => ({ source, items: items.filter(again) })).filter((g) => g.items.length);
  const second = retry.length
    ? await round(retry, opts.retryConcurrency ?? 2, opts.secondProbe ?? SECOND_PROBE)
    : new Map<ProbeItem, ProbeAnswer | undefined>();

  const byRule = new Map<number, Array<{ item: ProbeItem; source: string }>>();
  for (const { source, items } of groups) {
    for (const item of items) {
      const list = byRule.get(item.rule) ?? [];
      list.push({ item, source: source.container });
      byRule.set(item.rule, list);
    }
  }
  const outcomes = rules.map((rule, i): ProbeOutcome => {
    const note = absent.get(i);
    if (note) {
      const violation = rule.expect === 'reach' || (rule.expect === 'blocked' && !note.endsWith('is not deployed'));
      return { rule, observed: 'not probed', probed: [], reached: [], note, violation };
    }
    const probed: string[] = [];
    const reached: string[] = [];
    const unconfirmed: string[] = [];
    let unknown: string | undefined;
    for (const { item, source } of byRule.get(i) ?? []) {
      const where = `${item.address}:${item.port}`;
      probed.push(where);
      const verdict = finalAnswer(rule.expect, first.get(item), second.has(item) ? { answer: second.get(item) } : undefined);
      if (verdict === 'reach') reached.push(where);
      else if (verdict === 'unconfirmed') unconfirmed.push(where);
      else if (verdict === 'unknown') unknown ??= `no answer from the probes in ${source} (${where})`;
    }
    const observed: Observation = reached.length ? 'reach' : unknown ? 'not probed' : 'blocked';
    const violation = rule.expect === 'reach' ? observed !== 'reach' : rule.expect === 'blocked' ? observed !== 'blocked' : false;
    return {
      rule,
      observed,
      probed,
      reached,
      ...(unknown && !reached.length ? { note: unknown } : {}),
      violation,
      ...(unconfirmed.length ? { unconfirmed } : {}),
    };
  });
  const reprobed = retry.reduce((n, g) => n + g.items.length, 0);
  return {
    sites: sites.map((s) => s.name),
    outcomes,
    airGap: sites.map((s) => airGapState(s.name, opts.env)),
    probes: groups.reduce((n, g) => n + g.items.length, 0) + reprobed,
    reprobed,
    violations: outcomes.filter((o) => o.violation).length,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    crossSite: { sampled: crossSite.sampled, pairs: crossSite.pairs, possiblePairs: crossSite.possiblePairs },
  };
}

/** The networks a rule's source and container target share by the spec. */
function sharedNetworks(rule: ReachabilityRule): string[] {
  if (rule.to.kind !== 'container') return [];
  const to = new Set(rule.to.networks);
  return rule.from.networks.filter((n) => to.has(n));
}

/** A stable number from a name (FNV-1a), to rotate a choice among sources deterministically. */
function nameSeed(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The addresses of a container target that a rule probes (IPs, sorted), from the target's
 * live addresses and the source's.
 * - `reach`: those on the networks the spec says the two share: the path must connect there
 *   (an answer on another network would not show that the spec's path holds).
 * - `blocked`: every address, up to BLOCKED_ADDRESSES_IN_FULL; above it, those on a network
 *   the source is on (by the spec or live: a container joined to a network it should not be
 *   on is caught there), on the backbone between the two sites, and one more, chosen in
 *   rotation by the source's name (so the sources of a set between them probe the others).
 */
export function targetAddresses(rule: ReachabilityRule, target: readonly LiveAddress[], source: readonly LiveAddress[]): string[] {
  if (rule.to.kind !== 'container') return [];
  if (rule.expect === 'reach') {
    const shared = new Set(sharedNetworks(rule));
    return target.filter((a) => shared.has(a.network)).map((a) => a.ip);
  }
  if (target.length <= BLOCKED_ADDRESSES_IN_FULL) return target.map((a) => a.ip);
  const near = new Set([...rule.from.networks, ...source.map((a) => a.network)]);
  if (rule.to.site !== rule.from.site) near.add(backboneNetworkName(rule.from.site, rule.to.site));
  const chosen = target.filter((a) => near.has(a.network));
  const rest = target.filter((a) => !near.has(a.network));
  if (rest.length) chosen.push(rest[nameSeed(rule.from.container) % rest.length]);
  return chosen.map((a) => a.ip).sort(compareIp);
}

function compareIp(a: string, b: string): number {
  const n = (ip: string) => ip.split('.').reduce((v, x) => v * 256 + Number(x), 0);
  return n(a) - n(b);
}

/**
 * The host addresses a source probes the host on. Up to ALL_PAIRS_MAX_SITES sites (all pairs
 * probed): the gateways of every network of every probed container, and the host's own
 * addresses, from every source. A sampled set: the gateways of the networks of the source's
 * own site other than backbones, of every network the source is on live (backbones aside),
 * and the host's own addresses; so what a source probes does not grow with the set.
 */
function hostAddressChooser(
  rules: readonly ReachabilityRule[],
  live: ReadonlyMap<string, LiveEndpoint>,
  backboneNames: ReadonlySet<string>,
  hostOwn: readonly string[],
  crossSite: CrossSiteSample,
): (source: ProbeSource) => string[] {
  const gatewaysOf = (addresses: readonly LiveAddress[], into: Set<string>) => {
    for (const a of addresses) if (a.gateway && !backboneNames.has(a.network)) into.add(a.gateway);
  };
  if (!crossSite.sampled) {
    const all = new Set<string>();
    for (const e of live.values()) for (const a of e.addresses) if (a.gateway) all.add(a.gateway);
    const every = [...new Set([...[...all].sort(), ...hostOwn])];
    return () => every;
  }
  const bySite = new Map<string, Set<string>>();
  for (const r of rules) {
    const site = bySite.get(r.from.site) ?? new Set<string>();
    gatewaysOf(live.get(r.from.container)?.addresses ?? [], site);
    bySite.set(r.from.site, site);
  }
  return (source) => {
    const own = new Set(bySite.get(source.site));
    gatewaysOf(live.get(source.container)?.addresses ?? [], own);
    return [...new Set([...[...own].sort(), ...hostOwn])];
  };
}

/**
 * Whether an address is probed a second time. A path that must be blocked: when its first
 * answer was reach (to confirm) or none (lost, never ran). A path that must connect: when
 * none of its addresses connected in the first round. Paths the spec leaves open: never.
 */
export function needsSecondProbe(expect: Expectation, answer: ProbeAnswer | undefined, pathConnected: boolean): boolean {
  if (expect === 'any') return false;
  if (expect === 'blocked') return answer !== 'blocked';
  return !pathConnected;
}

/**
 * What an address counts as, from its answers in both rounds (the second only when it was
 * probed again). A must-connect path: reach if either round connected. A must-not-connect
 * path: reach when the first answered and the second confirmed it (reach, or no answer:
 * a loaded host never turns an answer into a pass); `unconfirmed` when the second, more
 * patient probe found it blocked. No answer in any round that ran: `unknown`.
 */
export function finalAnswer(
  expect: Expectation,
  first: ProbeAnswer | undefined,
  second?: { readonly answer: ProbeAnswer | undefined },
): 'reach' | 'blocked' | 'unconfirmed' | 'unknown' {
  const known = (a: ProbeAnswer | undefined) => a === 'reach' || a === 'blocked';
  if (!second) return known(first) ? (first as 'reach' | 'blocked') : 'unknown';
  const again = second.answer;
  if (expect === 'blocked' && first === 'reach') return again === 'blocked' ? 'unconfirmed' : 'reach';
  if (first === 'reach' || again === 'reach') return 'reach';
  return first === 'blocked' || again === 'blocked' ? 'blocked' : 'unknown';
}

/** What the host firewall holds for a site, as found now. */
export function airGapState(site: string, env: Env): AirGapState {
  const bridges = closedBridges(site, env);
  const support = airGapSupport(env);
  if (!support.enforceable) return { site, enforceable: false, reason: support.reason, bridges, closed: [] };
  const installed = new Set(installedBridges(site));
  return { site, enforceable: true, bridges, closed: bridges.filter((b) => installed.has(b)) };
}

/** Running state and IPv4 addresses (and their gateways) of the named containers; absent ones are left out. */
function inspectEndpoints(names: readonly string[], env: Env): Map<string, LiveEndpoint> {
  const out = new Map<string, LiveEndpoint>();
  if (!names.length) return out;
  const raw = docker(['inspect', '--type', 'container', ...names], env, true).trim();
  const list = (raw ? JSON.parse(raw) : []) as Array<{
    Name: string;
    State: { Running: boolean };
    NetworkSettings: { Networks: Record<string, { IPAddress: string; Gateway: string }> | null };
  }>;
  for (const c of list) {
    out.set(c.Name.replace(/^\//, ''), {
      running: c.State.Running,
      addresses: Object.entries(c.NetworkSettings.Networks ?? {})
        .filter(([, n]) => IPV4.test(n.IPAddress))
        .map(([network, n]): LiveAddress => ({ network, ip: n.IPAddress, ...(IPV4.test(n.Gateway) ? { gateway: n.Gateway } : {}) }))
        .sort((a, b) => compareIp(a.ip, b.ip)),
    });
  }
  return out;
}

/**
 * The host's own IPv4 addresses when the engine is this machine: every interface but
 * loopback and other Docker networks' bridges (their gateways are the sites' own, found
 * from the containers). A remote engine's host addresses are not known here.
 */
export function localHostAddresses(env: Env): string[] {
  if (env.DOCKER_HOST && !env.DOCKER_HOST.startsWith('unix://')) return [];
  const found: string[] = [];
  for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
    if (/^(br-|ais-|veth|docker_gwbridge)/.test(name)) continue;
    for (const a of addrs ?? []) if (a.family === 'IPv4' && !a.internal) found.push(a.address);
  }
  return [...new Set(found)].sort();
}

/** Where one probe goes. */
export interface ProbeTarget {
  readonly address: string;
  readonly port: number;
  /**
   * An aisite node's server (busybox httpd), which closes a connection whose client sent
   * nothing: nc's connect timeout bounds the probe, and busybox `timeout` is left out. Its
   * watcher process outlives the probe by up to a second (it polls once a second), so a
   * center's controller probing 200 peers in quick batches ran out of processes under
   * its PIDs limit ("can't fork") and lost those probes. @default false (killed after killSeconds)
   */
  readonly node?: boolean;
}

/**
 * The shell script run in a source container: each probe prints `<index> reach|blocked|lost`.
 * nc's own output is thrown away (a server may greet); from its status and messages:
 * status 0 (connected) or "Connection refused" (the host answered with a reset) is
 * reach; "timed out", "unreachable" or "No route" (nothing came back) is blocked; anything
 * else is lost — above all a probe that busybox `timeout` killed (status 143, no message),
 * which a loaded host causes and which says nothing about the path.
 */
export function probeScript(items: ReadonlyArray<ProbeTarget>, batch: number, timing: ProbeTiming = FIRST_PROBE): string {
  const seconds = (n: number) => {
    if (!Number.isInteger(n) || n < 1) throw new Error(`a probe timeout must be a whole number of seconds of at least 1, but ${n} was given`);
    return n;
  };
  const nc = `$bb nc -w ${seconds(timing.connectSeconds)} "$2" "$3" </dev/null 2>&1 >/dev/null`;
  const lines = [
    'bb=/bin/busybox',
    `c() { case "$2:$3" in 0:*|*refused*) echo "$1 reach";; *"timed out"*|*nreachable*|*"No route"*) echo "$1 blocked";; *) echo "$1 lost";; esac; }`,
    `p() { o=$($bb timeout ${seconds(timing.killSeconds)} ${nc}); c "$1" "$?" "$o"; }`,
    `n() { o=$(${nc}); c "$1" "$?" "$o"; }`,
  ];
  items.forEach((it, i) => {
    if (!IPV4.test(it.address) || !Number.isInteger(it.port)) throw new Error(`not a probe target: ${it.address}:${it.port}`);
    lines.push(`${it.node ? 'n' : 'p'} ${i} ${it.address} ${it.port} &`);
    if ((i + 1) % batch === 0) lines.push('wait');
  });
  lines.push('wait');
  return lines.join('\n') + '\n';
}

/** Parses the script's output: the answer per probe index (undefined when it printed none). */
export function parseProbeOutput(stdout: string, count: number): Array<ProbeAnswer | undefined> {
  const answers: Array<ProbeAnswer | undefined> = new Array(count).fill(undefined);
  for (const line of stdout.split('\n')) {
    const m = /^(\d+) (reach|blocked|lost)$/.exec(line.trim());
    if (m && Number(m[1]) < count) answers[Number(m[1])] = m[2] as ProbeAnswer;
  }
  return answers;
}

function probeFrom(
  container: string,
  items: ReadonlyArray<ProbeTarget>,
  batch: number,
  timing: ProbeTiming,
  env: Env,
): Promise<Array<ProbeAnswer | undefined>> {
  const script = probeScript(items, batch, timing);
  return new Promise((resolve) => {
    const child = spawn('docker', ['exec', container, '/bin/busybox', 'sh', '-c', script], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000 + (timing.killSeconds + 1) * 1000 * Math.ceil(items.length / batch));
    const done = () => {
      clearTimeout(timer);
      resolve(parseProbeOutput(out, items.length));
    };
    child.on('error', done);
    child.on('close', done);
  });
}
