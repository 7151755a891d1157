import { spawn } from 'child_process';
import * as os from 'os';
import { Backbone } from '../spec/model/backbone';
import { Expectation, ProbeSource, reachabilityRules, ReachabilityRule, NODE_PORT, ReachabilityOptions } from '../spec/model/reachability';
import { ResolvedSite } from '../spec/model/resolved-site';
import { airGapSupport, closedBridges, installedBridges } from './air-gap';
import { docker } from './docker-objects';
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

interface LiveEndpoint {
  readonly running: boolean;
  readonly ips: string[];
  readonly gateways: string[];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** One probe to run: the rule it belongs to, and where it goes. */
interface ProbeItem {
  readonly rule: number;
  readonly address: string;
  readonly port: number;
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
  const rules = reachabilityRules(sites, backbones, opts);
  const names = new Set<string>();
  for (const r of rules) {
    names.add(r.from.container);
    if (r.to.kind === 'container') names.add(r.to.container);
  }
  const live = inspectEndpoints([...names].sort(), opts.env);
  const gateways = new Set<string>();
  for (const e of live.values()) for (const g of e.gateways) gateways.add(g);
  const hostAddresses = [...new Set([...[...gateways].sort(), ...(opts.hostAddresses ?? localHostAddresses(opts.env))])];

  const bySource = new Map<string, { source: ProbeSource; items: ProbeItem[] }>();
  const absent = new Map<number, string>();
  rules.forEach((r, i) => {
    const src = live.get(r.from.container);
    if (!src?.running) return absent.set(i, `${r.from.container} is not running`);
    let addresses: string[];
    let port: number;
    if (r.to.kind === 'container') {
      const target = live.get(r.to.container);
      if (!target?.ips.length) return absent.set(i, `${r.to.container} is not deployed`);
      addresses = target.ips;
      port = NODE_PORT;
    } else if (r.to.kind === 'host') {
      addresses = hostAddresses;
      port = r.to.port;
    } else {
      addresses = [r.to.address];
      port = r.to.port;
    }
    const entry = bySource.get(r.from.container) ?? { source: r.from, items: [] };
    for (const address of addresses) entry.items.push({ rule: i, address, port });
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
    const nets = Object.values(c.NetworkSettings.Networks ?? {});
    out.set(c.Name.replace(/^\//, ''), {
      running: c.State.Running,
      ips: nets
        .map((n) => n.IPAddress)
        .filter((a) => IPV4.test(a))
        .sort(),
      gateways: nets.map((n) => n.Gateway).filter((a) => IPV4.test(a)),
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

/**
 * The shell script run in a source container: each probe prints `<index> reach|blocked|lost`.
 * nc's own output is thrown away (a server may greet); from its status and messages:
 * status 0 (connected) or "Connection refused" (the host answered with a reset) is
 * reach; "timed out", "unreachable" or "No route" (nothing came back) is blocked; anything
 * else is lost — above all a probe that busybox `timeout` killed (status 143, no message),
 * which a loaded host causes and which says nothing about the path.
 */
export function probeScript(
  items: ReadonlyArray<{ readonly address: string; readonly port: number }>,
  batch: number,
  timing: ProbeTiming = FIRST_PROBE,
): string {
  const seconds = (n: number) => {
    if (!Number.isInteger(n) || n < 1) throw new Error(`a probe timeout must be a whole number of seconds of at least 1, but ${n} was given`);
    return n;
  };
  const lines = [
    'bb=/bin/busybox',
    `p() { o=$($bb timeout ${seconds(timing.killSeconds)} $bb nc -w ${seconds(timing.connectSeconds)} "$2" "$3" </dev/null 2>&1 >/dev/null); case "$?:$o" in 0:*|*refused*) echo "$1 reach";; *"timed out"*|*nreachable*|*"No route"*) echo "$1 blocked";; *) echo "$1 lost";; esac; }`,
  ];
  items.forEach((it, i) => {
    if (!IPV4.test(it.address) || !Number.isInteger(it.port)) throw new Error(`not a probe target: ${it.address}:${it.port}`);
    lines.push(`p ${i} ${it.address} ${it.port} &`);
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
  items: ReadonlyArray<{ address: string; port: number }>,
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

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
