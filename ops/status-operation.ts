import { ensureDockerEngine, ensureSiteEngines } from '../deploy/docker-engine';
import { listSite, listSitesOn } from '../deploy/docker-objects';
import { siteTarget } from '../deploy/site-target';
import { compareSite, SiteStatus } from '../deploy/status';
import { UsageError } from '../spec/errors';
import { planTwin } from '../spec/model/twin-plan';
import { OperationHooks } from './events';
import { loadSites } from './load-sites';
import { SiteRequest, siteFolders } from './site-request';

/**
 * The live sites read from Docker by label, compared with what their specs say they
 * should be (the twin plan synth would use; nothing is synthesized), or, with only
 * `site` given, the live objects alone.
 */
export async function statusOperation(req: SiteRequest, hooks: Pick<OperationHooks, 'env'>): Promise<SiteStatus[]> {
  await ensureDockerEngine({ start: false, env: hooks.env });
  if (req.paths.length) {
    const loaded = loadSites(req.paths, { ...req, everyByDefault: true });
    ensureSiteEngines(loaded.selected, hooks.env);
    const where = { ...siteFolders(req), env: hooks.env, backbones: loaded.backbones };
    const targets = loaded.selected.map((site) => siteTarget(site, planTwin(site, req.twin ?? {}), where));
    const live = listSitesOn(targets);
    return targets.map((t) =>
      compareSite(
        live.get(t.name)!,
        t.expected,
        t.name,
        t.engines.map((e) => e.host),
      ),
    );
  }
  if (!req.site) throw new UsageError('name site files (to compare with the spec) or --site NAME (live objects only)');
  return [compareSite(listSite(req.site, hooks.env), undefined, req.site)];
}
