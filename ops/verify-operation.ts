import { ensureDockerEngine } from '../deploy/docker-engine';
import { verifySites, VerifyReport } from '../deploy/verify';
import { Env } from '../spec/env';
import { Backbone } from '../spec/model/backbone';
import { ResolvedSite } from '../spec/model/resolved-site';
import { TwinOptions } from '../spec/model/twin-plan';
import { OperationHooks } from './events';
import { loadSites } from './load-sites';
import { SiteRequest } from './site-request';

export interface VerifyRequest extends SiteRequest {
  /** Host ports probed besides the Docker API's 2375. @default none */
  readonly hostPorts?: readonly number[];
  /** Probe every other site's controller from every source, however many sites. @default false (a sample above ALL_PAIRS_MAX_SITES sites) */
  readonly allPairs?: boolean;
}

/** Probes deployed sites against the reachability their specs intend (deploy/verify.ts). */
export function verifyTargets(
  sites: readonly ResolvedSite[],
  backbones: readonly Backbone[],
  opts: { env: Env; twin: TwinOptions; hostPorts?: readonly number[]; allPairs?: boolean },
): Promise<VerifyReport> {
  return verifySites(sites, backbones, { env: opts.env, twin: opts.twin, hostPorts: opts.hostPorts, allPairs: opts.allPairs });
}

/** `aisite verify`: the engine must answer (exit 3), the sites must be valid; then the probes. */
export async function verifyOperation(req: VerifyRequest, hooks: Pick<OperationHooks, 'env'>): Promise<VerifyReport> {
  await ensureDockerEngine({ start: false, env: hooks.env });
  const loaded = loadSites(req.paths, req);
  return verifyTargets(loaded.selected, loaded.backbones, { env: hooks.env, twin: req.twin ?? {}, hostPorts: req.hostPorts, allPairs: req.allPairs });
}
