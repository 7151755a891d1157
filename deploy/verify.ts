import { spawn } from 'child_process';
import * as os from 'os';
import { Backbone } from '../spec/model/backbone';
import { ProbeSource, reachabilityRules, ReachabilityRule, NODE_PORT, ReachabilityOptions } from '../spec/model/reachability';
import { ResolvedSite } from '../spec/model/resolved-site';
import { airGapSupport, closedBridges, installedBridges } from './air-gap';
import { docker } from './docker-objects';
import { Env } from '../spec/env';

/** What a probe saw: a connection or a refusal (the packet got there), or nothing. */
export type Observation = 'reach' | 'blocked' | 'not probed';

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
  /** Host addresses besides the gateways of the sites' networks. @default the local host's own, for a local engine */
  readonly hostAddresses?: readonly string[];
}

interface LiveEndpoint {
  readonly running: boolean;
  readonly ips: string[];
  readonly gateways: string[];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Runs the sites' reachability matrix (spec/model/reachability.ts) as real TCP probes
 * inside the containers: busybox `nc -w 1` to every address of each target, from one
 * `docker exec` per source container, `concurrency` containers at a time. A connection or
 * a refusal means the packet arrived (reach); a timeout or an unreachable network means
 * it did not (blocked). Containers cannot send ICMP (no NET_RAW, not root), so only TCP.
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

  const bySource = new Map<string, { source: ProbeSource; items: Array<{ rule: number; address: string; port: number }> }>();
  const notes = new Map<number, string>();
  rules.forEach((r, i) => {
    const src = live.get(r.from.container);
    if (!src?.running) return notes.set(i, `${r.from.container} is not running`);
    let addresses: string[];
    let port: number;
    if (r.to.kind === 'container') {
      const target = live.get(r.to.container);
      if (!target?.ips.length) return notes.set(i, `${r.to.container} is not deployed`);
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

  const seen = new Map<number, { probed: string[]; reached: string[] }>();
  let probes = 0;
  const run = async (groups: ReadonlyArray<{ source: ProbeSource; items: Array<{ rule: number; address: string; port: number }> }>, again: boolean) =>
    eachLimited(groups, opts.concurrency ?? 4, async ({ source, items }) => {
      probes += items.length;
      const answers = await probeFrom(source.container, items, opts.perContainer ?? 8, opts.env);
      items.forEach((item, k) => {
        const s = seen.get(item.rule) ?? { probed: [], reached: [] };
        const where = `${item.address}:${item.port}`;
        if (!again) s.probed.push(where);
        if (answers[k] === 'reach' && !s.reached.includes(where)) s.reached.push(where);
        if (answers[k] === undefined && !again) notes.set(item.rule, `no answer from the probes in ${source.container}`);
        if (answers[k] !== undefined && again) notes.delete(item.rule);
        seen.set(item.rule, s);
      });
    });
  await run([...bySource.values()], false);
  // A path that must connect and did not is probed once more: on a loaded host a 1 s
  // connect can time out. A path that must not connect needs no second chance.
  const retry = [...bySource.values()]
    .map(({ source, items }) => ({ source, items: items.filter((it) => rules[it.rule].expect === 'reach' && !seen.get(it.rule)?.reached.length) }))
    .filter((g) => g.items.length);
  if (retry.length) await run(retry, true);

  const outcomes = rules.map((rule, i): ProbeOutcome => {
    const s = seen.get(i);
    const note = notes.get(i);
    const observed: Observation = note && !s?.reached.length ? 'not probed' : s?.reached.length ? 'reach' : 'blocked';
    const targetAbsent = note?.endsWith('is not deployed') ?? false;
    const violation = rule.expect === 'reach' ? observed !== 'reach' : rule.expect === 'blocked' ? observed === 'reach' || (observed === 'not probed' && !targetAbsent) : false;
    return { rule, observed, probed: s?.probed ?? [], reached: s?.reached ?? [], ...(note ? { note } : {}), violation };
  });
  return {
    sites: sites.map((s) => s.name),
    outcomes,
    airGap: sites.map((s) => airGapState(s.name, opts.env)),
    probes,
    violations: outcomes.filter((o) => o.violation).length,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
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
  const list = (raw ? JSON.parse(raw) : []) as Array<{ Name: string; State: { Running: boolean }; NetworkSettings: { Networks: Record<string, { IPAddress: string; Gateway: string }> | null } }>;
  for (const c of list) {
    const nets = Object.values(c.NetworkSettings.Networks ?? {});
    out.set(c.Name.replace(/^\//, ''), {
      running: c.State.Running,
      ips: nets.map((n) => n.IPAddress).filter((a) => IPV4.test(a)).sort(),
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
 * The shell script run in a source container: each probe prints `<index> reach|blocked`.
 * `nc` prints nothing when it connects, "Connection refused" when the host answered with
 * a reset, "timed out" or "unreachable" when nothing came back.
 */
export function probeScript(items: ReadonlyArray<{ readonly address: string; readonly port: number }>, batch: number): string {
  const lines = [
    'bb=/bin/busybox',
    'p() { o=$($bb timeout 3 $bb nc -w 1 "$2" "$3" </dev/null 2>&1); case "$o" in "") echo "$1 reach";; *refused*) echo "$1 reach";; *) echo "$1 blocked";; esac; }',
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
export function parseProbeOutput(stdout: string, count: number): Array<'reach' | 'blocked' | undefined> {
  const answers: Array<'reach' | 'blocked' | undefined> = new Array(count).fill(undefined);
  for (const line of stdout.split('\n')) {
    const m = /^(\d+) (reach|blocked)$/.exec(line.trim());
    if (m && Number(m[1]) < count) answers[Number(m[1])] = m[2] as 'reach' | 'blocked';
  }
  return answers;
}

function probeFrom(container: string, items: ReadonlyArray<{ address: string; port: number }>, batch: number, env: Env): Promise<Array<'reach' | 'blocked' | undefined>> {
  const script = probeScript(items, batch);
  return new Promise((resolve) => {
    const child = spawn('docker', ['exec', container, '/bin/busybox', 'sh', '-c', script], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000 + 4_000 * Math.ceil(items.length / batch));
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
