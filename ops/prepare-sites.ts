import { findBusybox } from '../constructs/private/node-image-context';
import { SiteTarget, siteTarget } from '../deploy/site-target';
import { TwinOptions } from '../spec/model/twin-plan';
import { lockOutput } from '../stacks/output-lock';
import { OperationHooks } from './events';
import { loadSites, LoadedSites } from './load-sites';
import { SiteRequest, siteFolders } from './site-request';

/** Sites loaded and synthesized for plan, deploy or destroy: one target per selected site. */
export interface PreparedSites {
  readonly loaded: LoadedSites;
  readonly twin: TwinOptions;
  readonly outdir: string;
  /** One per selected site, in the order found, from the twin plan synth used. */
  readonly targets: readonly SiteTarget[];
}

/**
 * Takes the output folder's lock (waiting up to the lock timeout for another run), loads
 * the sites (error findings throw InvalidSitesError; warnings are reported), synthesizes
 * every site found and returns a target per selected site.
 */
export async function prepareSites(req: SiteRequest, hooks: OperationHooks, command: string): Promise<PreparedSites> {
  const { outdir, stateDir } = siteFolders(req);
  await lockOutput(outdir, command, req.lockTimeoutSeconds ?? 0);
  const loaded = loadSites(req.paths, req);
  const twin: TwinOptions = { fidelity: req.twin?.fidelity, maxContainers: req.twin?.maxContainers };
  // cdktf loads in ~0.2 s: required here so that commands which never synthesize skip it.
  const { synthesize } = require('../stacks/synth') as typeof import('../stacks/synth');
  const synth = synthesize(loaded.all, { ...twin, outdir, stateDir, busybox: findBusybox(hooks.env) ?? null, inputs: req.paths, command });
  // Warnings do not stop an operation, but they are said.
  for (const finding of loaded.validation.findings) if (finding.severity === 'warning') hooks.onUpdate({ type: 'warning', finding });
  const plans = new Map(synth.stacks.map((s) => [s.name, s.plan] as const));
  const targets = loaded.selected.map((site) => siteTarget(site, plans.get(site.name)!, { outdir, stateDir, env: hooks.env, backbones: loaded.backbones }));
  return { loaded, twin, outdir, targets };
}
