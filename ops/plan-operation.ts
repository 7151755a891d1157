import { planSite, SitePlan } from '../deploy/deploy';
import { ensureSiteEngines } from '../deploy/docker-engine';
import { ownedElsewhereMessage } from '../deploy/ownership';
import { checkStateBackends } from '../deploy/pg-state';
import { explainErrors } from '../deploy/terraform';
import { engineBudgets } from '../deploy/twin-budget-check';
import { ensureDeployPrerequisites } from './deploy-prerequisites';
import { OperationHooks } from './events';
import { operationIo } from './operation-io';
import { prepareSites } from './prepare-sites';
import { SiteRequest } from './site-request';

export interface PlanRequest extends SiteRequest {
  /** Start a local dockerd when none answers (root only). @default true */
  readonly startEngine?: boolean;
}

/** Why planning stopped before the last site. */
export interface PlanStop {
  readonly site: string;
  /** interrupted: by the signal; owned: another state owns the site; failed: Terraform's plan failed. */
  readonly reason: 'interrupted' | 'owned' | 'failed';
  /** One line for people (empty when interrupted). */
  readonly message: string;
}

export interface PlanResult {
  /** The sites planned, in order, up to where planning stopped. */
  readonly sites: ReadonlyArray<{ readonly site: string; readonly plan: SitePlan }>;
  /** Whether deploy would change anything (Terraform changes or leftovers to remove). */
  readonly changed: boolean;
  readonly stopped?: PlanStop;
}

/**
 * What deploy would do, site by site: the twin budget per engine (`budget` events), then
 * for each selected site ownership, Terraform's plan and the leftovers (`site planned`).
 * Stops at the first site that another state owns or whose plan fails.
 */
export async function planOperation(req: PlanRequest, hooks: OperationHooks): Promise<PlanResult> {
  await ensureDeployPrerequisites(hooks, req.startEngine ?? true);
  const prepared = await prepareSites(req, hooks, 'plan');
  const selected = prepared.targets.map((t) => t.site);
  ensureSiteEngines(selected, hooks.env);
  await checkStateBackends(selected, hooks.env);
  const io = operationIo(hooks, req.lockTimeoutSeconds);
  for (const budget of engineBudgets(selected, prepared.loaded.all, prepared.twin, hooks.env)) hooks.onUpdate({ type: 'budget', budget });
  const sites: Array<{ site: string; plan: SitePlan }> = [];
  let changed = false;
  for (const target of prepared.targets) {
    const plan = await planSite(target, { signal: hooks.signal }, io);
    const site = target.name;
    if (plan.interrupted) return { sites, changed, stopped: { site, reason: 'interrupted', message: '' } };
    if (plan.foreign.length)
      return { sites, changed, stopped: { site, reason: 'owned', message: ownedElsewhereMessage(site, plan.foreign, 'replace or remove') } };
    if (plan.errors.length)
      return { sites, changed, stopped: { site, reason: 'failed', message: `${site}: plan failed: ${explainErrors(site, plan.errors, target.backend.kind)}` } };
    changed ||= plan.changed || plan.leftoverNames.length > 0;
    sites.push({ site, plan });
    hooks.onUpdate({ type: 'site planned', site, plan });
  }
  return { sites, changed };
}
