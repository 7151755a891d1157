import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { bridgeName, LABELS } from '../spec/model/docker-names';
import { docker } from './docker-objects';
import { engineIptables } from './engine-iptables';
import { Env } from '../spec/env';

/**
 * The host firewall chain aisite owns: jumped to from INPUT, one DROP rule per bridge of
 * an internal network (air-gapped site, internal fabric, backbone), each commented with
 * its site. Docker 20.10's `internal` networks still deliver packets addressed to the host
 * (the bridge gateway, or any other host address) to the host's own sockets: those go
 * through INPUT, which Docker leaves alone (DOCKER-USER only sees forwarded traffic).
 */
export const AIR_GAP_CHAIN = 'AISITE-INPUT';

/** The comment that ties a rule to its site. */
export function airGapComment(site: string): string {
  return `aisite:${site}`;
}

/** Runs iptables; the result, never a throw. */
export type IptablesRunner = (args: readonly string[]) => { readonly code: number; readonly stdout: string; readonly stderr: string };

/**
 * The host's iptables, waiting for the xtables lock: the one the local dockerd runs where
 * that can be told (iptables-legacy when scripts/docker-engine.sh started it), so aisite's
 * rules sit in the same tables as Docker's, else the one on PATH.
 */
export const hostIptables: IptablesRunner = (args) => {
  const r = spawnSync(engineIptables() ?? 'iptables', ['-w', '5', ...args], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) return { code: 127, stdout: '', stderr: (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'iptables not found' : r.error.message };
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
};

/** Whether the air gap can be enforced on the host of this engine, and if not why. */
export type AirGapSupport = { readonly enforceable: true } | { readonly enforceable: false; readonly reason: string };

/**
 * Host rules only hold where aisite runs on the engine's own host as root with iptables:
 * a remote engine's host is out of reach, and a non-root user cannot change the firewall.
 */
export function airGapSupport(env: Env, opts: { uid?: number; platform?: string; run?: IptablesRunner } = {}): AirGapSupport {
  const host = env.DOCKER_HOST;
  if (host && !host.startsWith('unix://'))
    return { enforceable: false, reason: `the engine is remote (${host}): its host's firewall is out of aisite's reach` };
  if ((opts.platform ?? process.platform) !== 'linux') return { enforceable: false, reason: 'the host is not Linux' };
  const uid = opts.uid ?? process.getuid?.();
  if (uid !== 0) return { enforceable: false, reason: 'aisite does not run as root, so it cannot change the host firewall' };
  const v = (opts.run ?? hostIptables)(['-V']);
  if (v.code !== 0) return { enforceable: false, reason: `iptables does not work here (${v.stderr.trim().split('\n')[0] || `exit ${v.code}`})` };
  return { enforceable: true };
}

/** Whether a network interface exists on this host. */
export type InterfaceCheck = (name: string) => boolean;
const hostHasInterface: InterfaceCheck = (name) => fs.existsSync(`/sys/class/net/${name}`);

/**
 * The host-side bridge of every internal bridge network labelled for the site: the name
 * aisite gives it (`bridgeName`, when that interface exists here), or Docker's own (`br-`
 * and the id's first 12 characters) for a network made before aisite named its bridges.
 * Overlay networks have no host bridge. One `network ls`: inspecting each network costs
 * dockerd about 40 ms, at every deploy of every site.
 */
export function closedBridges(site: string, env: Env, exists: InterfaceCheck = hostHasInterface): string[] {
  const lines = docker(
    ['network', 'ls', '--no-trunc', '--filter', `label=${LABELS.site}=${site}`, '--format', '{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Internal}}'],
    env,
  )
    .split('\n')
    .filter((l) => l.trim());
  const bridges: string[] = [];
  for (const line of lines) {
    const [id, name, driver, internal] = line.split('\t');
    if (driver !== 'bridge' || internal !== 'true') continue;
    const named = bridgeName(name);
    bridges.push(exists(named) ? named : `br-${id.slice(0, 12)}`);
  }
  return bridges.sort();
}

/** The rule (without -A/-D and chain) dropping what arrives on `bridge`, for `site`. */
function ruleSpec(site: string, bridge: string): string[] {
  return ['-i', bridge, '-m', 'comment', '--comment', airGapComment(site), '-j', 'DROP'];
}

/** Every rule of the chain as bridge and site (from `iptables -S`). */
function chainRules(run: IptablesRunner): Array<{ bridge: string; site: string }> {
  const r = run(['-S', AIR_GAP_CHAIN]);
  if (r.code !== 0) return [];
  const found: Array<{ bridge: string; site: string }> = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^-A \S+ -i (\S+) .*--comment "?aisite:([^"\s]+)"? -j DROP$/.exec(line.trim());
    if (m) found.push({ bridge: m[1], site: m[2] });
  }
  return found;
}

/** The bridges the chain has rules for, for `site`. */
export function installedBridges(site: string, run: IptablesRunner = hostIptables): string[] {
  return chainRules(run)
    .filter((r) => r.site === site)
    .map((r) => r.bridge)
    .sort();
}

/**
 * Removes rules (of any site) whose bridge no longer exists on the host: left behind when a
 * site's networks were removed without aisite (`docker network rm`, a crashed destroy).
 * Harmless while absent, but they would pile up. Returns the bridges pruned.
 */
export function pruneAbsentBridges(run: IptablesRunner = hostIptables, exists: InterfaceCheck = hostHasInterface): string[] {
  const gone = chainRules(run).filter((r) => !exists(r.bridge));
  for (const r of gone) run(['-D', AIR_GAP_CHAIN, ...ruleSpec(r.site, r.bridge)]);
  return gone.map((r) => r.bridge).sort();
}

function must(run: IptablesRunner, args: readonly string[]): void {
  const r = run(args);
  if (r.code !== 0) throw new Error(`iptables ${args.join(' ')} failed: ${r.stderr.trim().split('\n')[0] || `exit ${r.code}`}`);
}

/**
 * Makes the host drop what arrives from the site's bridges, and nothing more: creates the
 * chain and the jump from INPUT when missing, adds a rule per bridge that has none, removes
 * the site's rules for bridges it no longer has. Idempotent: a second run changes nothing.
 */
export function installAirGap(site: string, bridges: readonly string[], run: IptablesRunner = hostIptables): { added: string[]; removed: string[] } {
  if (run(['-S', AIR_GAP_CHAIN]).code !== 0) must(run, ['-N', AIR_GAP_CHAIN]);
  if (run(['-C', 'INPUT', '-j', AIR_GAP_CHAIN]).code !== 0) must(run, ['-I', 'INPUT', '1', '-j', AIR_GAP_CHAIN]);
  const have = new Set(installedBridges(site, run));
  const want = new Set(bridges);
  const added = [...want].filter((b) => !have.has(b)).sort();
  const removed = [...have].filter((b) => !want.has(b)).sort();
  for (const b of added) must(run, ['-A', AIR_GAP_CHAIN, ...ruleSpec(site, b)]);
  for (const b of removed) must(run, ['-D', AIR_GAP_CHAIN, ...ruleSpec(site, b)]);
  return { added, removed };
}

const warned = new Set<string>();

/**
 * After a site is applied: enforce its air gap on the host, or say once per reason why it
 * cannot be. Returns a line for the operation's output (undefined when nothing changed).
 */
export function enforceAirGap(
  site: string,
  env: Env,
  warn: (line: string) => void,
  run: IptablesRunner = hostIptables,
  opts: { uid?: number; bridges?: readonly string[]; exists?: InterfaceCheck } = {},
): string | undefined {
  const bridges = opts.bridges ?? closedBridges(site, env, opts.exists);
  const support = airGapSupport(env, { run, uid: opts.uid });
  if (!support.enforceable) {
    if (bridges.length && !warned.has(support.reason)) {
      warned.add(support.reason);
      warn(
        `aisite: warning: air gap not enforced on the host: ${support.reason}; containers on internal networks can still reach the host's addresses (\`aisite verify\` shows what holds)\n`,
      );
    }
    return undefined;
  }
  const { added, removed } = installAirGap(site, bridges, run);
  pruneAbsentBridges(run, opts.exists);
  if (!added.length && !removed.length) return undefined;
  return `${site}: host firewall: ${bridges.length} internal bridge${bridges.length === 1 ? '' : 's'} closed to the host (${AIR_GAP_CHAIN})`;
}

/**
 * After a site is destroyed: removes the rules of bridges that are gone from the host (a
 * network that another state still owns keeps its rule), the site's and any other's left
 * behind. Nothing to do where rules cannot be installed.
 */
export function releaseAirGap(env: Env, run: IptablesRunner = hostIptables, exists: InterfaceCheck = hostHasInterface): string[] {
  if (!airGapSupport(env, { run }).enforceable) return [];
  return pruneAbsentBridges(run, exists);
}
