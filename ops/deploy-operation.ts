import { deploySite, SiteResult } from '../deploy/deploy';
import { missingBackbones, runInOrder, siteIo } from '../deploy/deploy-all';
import { ensureSiteEngines } from '../deploy/docker-engine';
import { checkStateBackends } from '../deploy/pg-state';
import { ensureSwarmTargets } from '../deploy/swarm';
import { checkEngineBudgets, engineBudgets } from '../deploy/twin-budget-check';
import { VerifyReport } from '../deploy/verify';
import { UsageError } from '../spec/errors';
import { dependenciesOf } from '../spec/model/backbone';
import { ensureDeployPrerequisites } from './deploy-prerequisites';
import { OperationHooks } from './events';
import { operationIo } from './operation-io';
import { prepareSites } from './prepare-sites';
import { DEFAULT_PARALLEL, SiteRequest } from './site-request';
import { verifyTargets } from './verify-operation';

/** Seconds deploy waits for healthy containers, by default. */
export const DEFAULT_HEALTH_TIMEOUT_SECONDS = 60;

export interface DeployRequest extends SiteRequest {
  /** Apply without asking. @default false (ask through hooks.confirm) */
  readonly autoApprove?: boolean;
  /** Sites deployed side by side at most (only with autoApprove: prompts would interleave). @default DEFAULT_PARALLEL */
  readonly parallel?: number;
  /** @default DEFAULT_HEALTH_TIMEOUT_SECONDS */
  readonly healthTimeoutSeconds?: number;
  /** Start a local dockerd when none answers (root only). @default true */
  readonly startEngine?: boolean;
  /** Remove a deployment that another state owns and deploy anew. @default false */
  readonly takeOver?: boolean;
  /** After the health wait, probe the sites (verify). @default false */
  readonly verify?: boolean;
  /** Host ports verify probes besides the Docker API's. @default none */
  readonly hostPorts?: readonly number[];
  /**
   * Whether a question can be answered at all: without, a deploy that is not auto-approved
   * fails before anything is synthesized. @default true
   */
  readonly canConfirm?: boolean;
}

export interface DeployResult {
  /** One per selected site, in the order found. */
  readonly results: readonly SiteResult[];
  /** The probes after deploy, when asked for and every site came up. */
  readonly verify?: VerifyReport;
}

/**
 * Deploys the selected sites: prerequisites, synth, engine and state checks, the twin
 * budget, then each site (plan, confirm, apply, health wait) in dependency order by
 * uplinks, up to `parallel` side by side. Reports `site deployed` as each ends.
 */
export async function deployOperation(req: DeployRequest, hooks: OperationHooks): Promise<DeployResult> {
  // Before anything is synthesized or started: a question nobody can answer is a usage error.
  if (!req.autoApprove && req.canConfirm === false)
    throw new UsageError('deploy asks before it changes anything, but nobody can answer (no terminal); pass --auto-approve');
  await ensureDeployPrerequisites(hooks, req.startEngine ?? true);
  const prepared = await prepareSites(req, hooks, 'deploy');
  const selected = prepared.targets.map((t) => t.site);
  ensureSiteEngines(selected, hooks.env);
  await checkStateBackends(selected, hooks.env);
  ensureSwarmTargets(selected, hooks.env, (line) => hooks.onUpdate({ type: 'notice', text: line }), prepared.twin);
  checkEngineBudgets(engineBudgets(selected, prepared.loaded.all, prepared.twin, hooks.env), selected, hooks.env);
  const io = operationIo(hooks, req.lockTimeoutSeconds);
  const backbones = prepared.loaded.backbones;
  const names = prepared.targets.map((t) => t.name);
  const byName = new Map(prepared.targets.map((t) => [t.name, t] as const));
  const parallel = req.autoApprove ? Math.max(1, req.parallel ?? DEFAULT_PARALLEL) : 1;
  const sideBySide = parallel > 1 && names.length > 1;
  const started = Date.now();
  const results = await runInOrder(
    names,
    dependenciesOf(backbones),
    async (name): Promise<SiteResult> => {
      const missing = missingBackbones(name, backbones, new Set(names), io.env)[0];
      if (missing) {
        return {
          site: name,
          outcome: 'failed',
          seconds: 0,
          message: `its uplink peer ${missing.owner} is not deployed (no backbone network ${missing.name}) — deploy ${missing.owner} first, or both together with --all`,
        };
      }
      try {
        const opts = {
          autoApprove: req.autoApprove ?? false,
          takeOver: req.takeOver,
          healthTimeoutSeconds: req.healthTimeoutSeconds ?? DEFAULT_HEALTH_TIMEOUT_SECONDS,
          signal: hooks.signal,
        };
        return await deploySite(byName.get(name)!, opts, sideBySide ? siteIo(io, name) : io);
      } catch (e) {
        if (!(e instanceof Error) || e.constructor.name !== 'UnhealthyError') throw e;
        return { site: name, outcome: 'failed', message: e.message, seconds: 0 };
      }
    },
    {
      parallel,
      signal: hooks.signal,
      onDone: (result, done, total) => hooks.onUpdate({ type: 'site deployed', result, done, total, seconds: (Date.now() - started) / 1000 }),
    },
  );
  const up = results.every((r) => r.outcome === 'deployed' || r.outcome === 'unchanged');
  if (!req.verify || !up) return { results };
  return { results, verify: await verifyTargets(selected, backbones, { env: hooks.env, twin: prepared.twin, hostPorts: req.hostPorts }) };
}
