import * as path from 'path';
import { Site } from '../site-types.generated';
import { swarmNodeGroups } from './swarm-target';
import { Env } from '../env';

/**
 * The Docker engines a site runs on: the site's own (spec.dockerHost, or the engine the
 * environment points at) and one per distinct cabinet host. Plain data over the spec,
 * shared by the constructs (one provider per engine), `deploy`, `status` and `destroy`
 * (one docker CLI environment per engine) and the rules; no cdktf here.
 */

type SiteSpec = Site['spec'];

/** One engine of a site. */
export interface SiteEngine {
  /** 0: the site's engine (controller, gateways, swarm services); 1…: cabinet engines. */
  readonly index: number;
  /** The provider alias of a cabinet engine, `docker-<index>`; none for the site's engine. */
  readonly alias?: string;
  /** DOCKER_HOST; undefined for the site's engine without spec.dockerHost (the environment's). */
  readonly host?: string;
  /** Absolute folder with ca.pem, cert.pem and key.pem (TLS), when given. */
  readonly certPath?: string;
  /** Cabinets whose containers run here (names, in spec order). */
  readonly cabinets: readonly string[];
}

/** Where a cabinet's containers run: its own host when set, else the site's. */
export function cabinetEndpoint(spec: SiteSpec, cabinet: SiteSpec['cabinets'][number]): { host?: string; certPath?: string } {
  const host = cabinet.dockerHost ?? spec.dockerHost;
  // The site's certificates go with the site's host only: another host has its own CA.
  const certPath = cabinet.dockerCertPath ?? (host === spec.dockerHost ? spec.dockerCertPath : undefined);
  return { host, certPath };
}

/** A cert path as written into Terraform and DOCKER_CERT_PATH: relative paths from the folder aisite runs in. */
function absolute(p: string | undefined): string | undefined {
  return p === undefined ? undefined : path.resolve(p);
}

/**
 * The site's engines, the site's own first, then each distinct (host, cert path) of the
 * cabinets in the order the cabinets are written. A cabinet whose node groups all run as
 * swarm services needs no engine of its own (services stay on the site's engine).
 */
export function siteEngines(spec: SiteSpec): SiteEngine[] {
  const swarm = swarmNodeGroups(spec);
  const own = { host: spec.dockerHost, certPath: absolute(spec.dockerCertPath) };
  const key = (e: { host?: string; certPath?: string }) => `${e.host ?? ''}\n${e.certPath ?? ''}`;
  const engines = new Map<string, { index: number; host?: string; certPath?: string; cabinets: string[] }>([[key(own), { index: 0, ...own, cabinets: [] }]]);
  for (const cab of spec.cabinets) {
    const ep = cabinetEndpoint(spec, cab);
    const at = { host: ep.host, certPath: absolute(ep.certPath) };
    const containers = cab.nodeGroups.some((ng) => !swarm.has(`${cab.name}/${ng.name}`));
    const k = containers ? key(at) : key(own);
    if (!engines.has(k)) engines.set(k, { index: engines.size, ...at, cabinets: [] });
    engines.get(k)!.cabinets.push(cab.name);
  }
  return [...engines.values()].map((e) => ({
    index: e.index,
    ...(e.index ? { alias: `docker-${e.index}` } : {}),
    ...(e.host !== undefined ? { host: e.host } : {}),
    ...(e.certPath !== undefined ? { certPath: e.certPath } : {}),
    cabinets: e.cabinets,
  }));
}

/** The engine of each cabinet, by cabinet name. */
export function cabinetEngines(spec: SiteSpec): Map<string, SiteEngine> {
  return new Map(siteEngines(spec).flatMap((e) => e.cabinets.map((c) => [c, e] as const)));
}

/** An engine as the docker CLI reaches it. */
export interface EngineEnv {
  /** For messages: the host, or what the environment points at. */
  readonly host: string;
  /** The environment for the docker CLI (DOCKER_HOST, TLS variables). */
  readonly env: Env;
  /** Cabinets placed there (for messages). */
  readonly cabinets: readonly string[];
  /** 0: the site's engine. */
  readonly index: number;
}

/** What the environment's engine is called in messages. */
export function defaultHost(env: Env): string {
  return env.DOCKER_HOST || 'unix:///var/run/docker.sock';
}

/**
 * The docker CLI environment of every engine of the site: DOCKER_HOST per engine, and
 * DOCKER_TLS_VERIFY=1 with DOCKER_CERT_PATH for one with certificates. The site's engine
 * without spec.dockerHost is `base` itself.
 */
export function engineEnvs(spec: SiteSpec, base: Env): EngineEnv[] {
  return siteEngines(spec).map((e) => {
    if (e.host === undefined && e.certPath === undefined) return { host: defaultHost(base), env: base, cabinets: e.cabinets, index: e.index };
    const env: Record<string, string | undefined> = { ...base, DOCKER_CONTEXT: undefined, DOCKER_TLS_VERIFY: undefined, DOCKER_CERT_PATH: undefined };
    if (e.host !== undefined) env.DOCKER_HOST = e.host;
    if (e.certPath !== undefined) {
      env.DOCKER_TLS_VERIFY = '1';
      env.DOCKER_CERT_PATH = e.certPath;
    }
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    return { host: e.host ?? defaultHost(base), env, cabinets: e.cabinets, index: e.index };
  });
}
