import * as fs from 'fs';
import * as path from 'path';
import { listSite, LiveSite, mergeEngines, Orphans, orphansIn, removeOrphans, sweepSite } from './docker-objects';
import { ForeignOwner, foreignOwners, ownedElsewhereMessage, ownerEnv } from './ownership';
import { waitHealthy } from './health';
import { enforceAirGap } from './air-gap';
import { limitPids } from './pids-limit';
import { ApplyProgress } from './progress';
import { SiteTarget } from './site-target';
import { FaultContext, terraformFault } from './terraform-faults';
import { explainErrors, parallelismFor, runTerraform, TerraformMessage, terraformInit, terraformStateIds } from './terraform';
import { Env } from '../spec/env';

/** Where an operation reports to, and how it asks. */
export interface OperationIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly isTTY: boolean;
  readonly env: Env;
  /** Asks a yes/no question; only called when not auto-approved. */
  readonly confirm: (question: string) => Promise<boolean>;
}

export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly remove: number;
  readonly changed: boolean;
}

export type SiteOutcome = 'deployed' | 'unchanged' | 'declined' | 'interrupted' | 'failed' | 'skipped';

export interface SiteResult {
  readonly site: string;
  readonly outcome: SiteOutcome;
  readonly plan?: PlanSummary;
  readonly message?: string;
  readonly seconds: number;
}

const PLAN_FILE = 'aisite.tfplan';

/** Plans one stack, initialised already; the plan is saved for apply. */
export async function planStack(
  dir: string,
  env: Env,
  signal?: AbortSignal,
  fault?: FaultContext,
): Promise<PlanSummary & { errors: string[]; interrupted: boolean }> {
  let summary: TerraformMessage['changes'] | undefined;
  const r = await runTerraform(['plan', '-json', '-input=false', '-detailed-exitcode', `-out=${PLAN_FILE}`], {
    dir,
    env,
    signal,
    onMessage: (m) => {
      if (m.type === 'change_summary') summary = m.changes;
    },
  });
  const interrupted = signal?.aborted ?? false;
  const machine = fault && r.code !== 0 && r.code !== 2 && !interrupted ? terraformFault(r.errors, `${r.text}\n${r.details}`, fault) : undefined;
  if (machine) throw machine.error;
  const errors =
    r.code === 1 || (r.code !== 0 && r.code !== 2) ? (r.errors.length ? r.errors : [r.text.trim().split('\n').pop() ?? 'terraform plan failed']) : [];
  return { add: summary?.add ?? 0, change: summary?.change ?? 0, remove: summary?.remove ?? 0, changed: r.code === 2, errors, interrupted };
}

export function describePlan(p: PlanSummary): string {
  return p.changed ? `${p.add} to add, ${p.change} to change, ${p.remove} to destroy` : 'no changes';
}

/** Deploy's line for a site's plan, with what it adds to Terraform's counts. */
function planLine(site: string, plan: PlanSummary, more: string): string {
  return `${site}: plan: ${describePlan(plan)}${more}\n`;
}

/** A site's plan with what aisite itself would do around Terraform. */
export interface SitePlan extends PlanSummary {
  readonly errors: string[];
  readonly interrupted: boolean;
  /** The site's objects that another state owns: deploy refuses them (unless taking over). */
  readonly foreign: readonly ForeignOwner[];
  /** This state's own objects that its Terraform state does not hold, per engine: deploy removes them. */
  readonly leftovers: ReadonlyArray<{ readonly env: Env; readonly orphans: Orphans }>;
  readonly leftoverNames: readonly string[];
  /**
   * Nothing of the site exists yet (no local state, no object on any engine) and Terraform
   * was not run: apply plans it in the same run (`SitePlanOptions.planInApply`). The counts
   * are then 0 until apply reports its plan. @default false
   */
  readonly fresh?: boolean;
}

/** How a site's plan runs. */
export interface SitePlanOptions {
  /** Stops Terraform (it saves its state). @default never */
  readonly signal?: AbortSignal;
  /**
   * A site with nothing deployed yet is not planned on its own: deploy's apply plans and
   * applies in one Terraform run (one start-up of Terraform and its provider fewer, about
   * 0.6 s of CPU and 1 s a site). Only where nothing needs asking: auto-approved deploys.
   * @default false (always plan)
   */
  readonly planInApply?: boolean;
}

/** Whether nothing of a site exists: no local state file, no object on any engine. */
function nothingDeployed(target: SiteTarget, listed: ReadonlyArray<{ readonly live: LiveSite }>): boolean {
  if (target.backend.kind !== 'local' || !target.stateFile || fs.existsSync(target.stateFile)) return false;
  return listed.every(({ live }) => !live.containers.length && !live.networks.length && !live.volumes.length && !live.services?.length);
}

/**
 * Plans a site as deploy would act on it: first whether another state owns its objects
 * (then nothing else is planned), then Terraform's plan, then the leftovers of this
 * state's own earlier runs that deploy would remove.
 */
export async function planSite(target: SiteTarget, opts: SitePlanOptions, io: Pick<OperationIo, 'env'>): Promise<SitePlan> {
  const { name, engines, owner, stackDir } = target;
  const none = { add: 0, change: 0, remove: 0, changed: false, errors: [], interrupted: false, leftovers: [], leftoverNames: [] };
  // One listing per engine serves twice: whose objects these are, and (after the plan)
  // which of this state's own Terraform does not hold. Planning changes no object.
  const listed = engines.map((e) => ({ host: e.host, env: e.env, live: listSite(name, e.env) }));
  const foreign = foreignOwners(mergeEngines(listed), owner);
  if (foreign.length) return { ...none, foreign };
  const fault = { site: name, stateFile: target.stateFile, env: io.env };
  await terraformInit(stackDir, io.env, fault);
  if (opts.planInApply && nothingDeployed(target, listed)) return { ...none, changed: true, foreign, fresh: true };
  const env = { ...io.env, ...ownerEnv(owner) };
  const plan = await planStack(stackDir, env, opts.signal, fault);
  if (plan.interrupted || plan.errors.length) return { ...plan, foreign, leftovers: [], leftoverNames: [] };
  // Objects an interrupted apply created but Terraform never recorded: they would make
  // the apply fail with "already exists", so deploy removes them first (volumes are
  // adopted). On every engine the site uses, and only this state's own.
  const stateIds = await terraformStateIds(stackDir, env);
  const leftovers = listed.map((e) => ({ env: e.env, orphans: orphansIn(e.live, stateIds, owner.id) }));
  const leftoverNames = leftovers.flatMap(({ orphans }) => [...orphans.services, ...orphans.containers, ...orphans.networks].map((o) => o.name));
  return { ...plan, foreign, leftovers, leftoverNames };
}

export interface DeployOptions extends SitePlanOptions {
  readonly autoApprove: boolean;
  /** Remove the objects another state owns and deploy anew. @default false (refused) */
  readonly takeOver?: boolean;
  /** @default 60 */
  readonly healthTimeoutSeconds?: number;
}

/**
 * Deploys one synthesized site: plan, confirm, apply with progress, wait until healthy.
 * Converges: an unchanged site only gets its health checked. A site that another state
 * owns is refused, or with `takeOver` removed first.
 */
export async function deploySite(target: SiteTarget, opts: DeployOptions, io: OperationIo): Promise<SiteResult> {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  const { engines, site } = target;
  let plan: SitePlan = await planSite(target, { ...opts, planInApply: opts.autoApprove }, io);
  if (plan.foreign.length) {
    if (!opts.takeOver)
      return { site: site.name, outcome: 'failed', message: ownedElsewhereMessage(site.name, plan.foreign, 'replace or remove'), seconds: seconds() };
    const count = plan.foreign.reduce((n, f) => n + f.names.length, 0);
    if (!opts.autoApprove && !(await io.confirm(`Take ${site.name} over from ${plan.foreign[0].location} (removes its ${count} objects)?`))) {
      return { site: site.name, outcome: 'declined', seconds: seconds() };
    }
    let removed = 0;
    for (const e of engines) {
      const s = sweepSite(site.name, e.env);
      removed += s.services + s.containers + s.networks + s.volumes;
    }
    io.out(`${site.name}: taken over from ${plan.foreign.map((f) => f.location).join(', ')}: removed ${removed} objects\n`);
    plan = await planSite(target, opts, io);
  }
  if (plan.interrupted) return { site: site.name, outcome: 'interrupted', seconds: seconds() };
  if (plan.errors.length)
    return { site: site.name, outcome: 'failed', message: `plan failed: ${explainErrors(site.name, plan.errors, target.backend.kind)}`, seconds: seconds() };
  const env = { ...io.env, ...ownerEnv(target.owner) };
  const orphanSets = plan.leftovers;
  const orphanNames = plan.leftoverNames;
  if (!plan.fresh)
    io.out(
      planLine(
        site.name,
        plan,
        orphanNames.length ? `; ${orphanNames.length} leftover object${orphanNames.length === 1 ? '' : 's'} not in the Terraform state to remove` : '',
      ),
    );
  const planFile = path.join(target.stackDir, PLAN_FILE);
  try {
    if (plan.changed || orphanNames.length) {
      if (
        !opts.autoApprove &&
        !(await io.confirm(`Deploy ${site.name} (${describePlan(plan)}${orphanNames.length ? `, remove ${orphanNames.length} leftovers` : ''})?`))
      ) {
        return { site: site.name, outcome: 'declined', plan, seconds: seconds() };
      }
      if (opts.signal?.aborted) return { site: site.name, outcome: 'interrupted', plan, seconds: seconds() };
      if (orphanNames.length) {
        for (const o of orphanSets) removeOrphans(o.orphans, o.env);
        io.out(`${site.name}: removed leftovers of an earlier run: ${orphanNames.join(', ')}\n`);
      }
    }
    if (plan.changed) {
      const progress = new ApplyProgress({ write: io.out, isTTY: io.isTTY }, site.name, plan.add + plan.change + plan.remove);
      // A fresh site's apply plans first and says so: its plan line comes from that.
      const planned = plan.fresh ? [] : [PLAN_FILE];
      const r = await runTerraform(['apply', '-json', '-input=false', '-auto-approve', ...parallelismFor(plan.remove), ...planned], {
        dir: target.stackDir,
        env,
        signal: opts.signal,
        watchEngine: true,
        onMessage: (m) => {
          if (plan.fresh && m.type === 'change_summary' && m.changes?.operation === 'plan') {
            plan = { ...plan, add: m.changes.add, change: m.changes.change, remove: m.changes.remove };
            io.out(planLine(site.name, plan, ' (nothing deployed yet: planned and applied in one Terraform run)'));
          }
          progress.onMessage(m);
        },
      });
      if (opts.signal?.aborted) {
        progress.finish('interrupted');
        return { site: site.name, outcome: 'interrupted', plan, seconds: seconds() };
      }
      if (r.code !== 0) {
        progress.finish('failed');
        const machine = terraformFault(r.errors, `${r.text}\n${r.details}`, { site: site.name, stateFile: target.stateFile, env: io.env });
        if (machine) throw machine.error;
        return {
          site: site.name,
          outcome: 'failed',
          plan,
          message: `apply failed: ${explainErrors(site.name, r.errors, target.backend.kind) || r.text.trim().split('\n').pop()}`,
          seconds: seconds(),
        };
      }
      progress.finish('applied');
    }
    // Every run, changed or not: a rebooted host has lost its rules (deploy/air-gap.ts),
    // and containers Terraform replaced have no PIDs limit yet (deploy/pids-limit.ts).
    const gap = enforceAirGap(site.name, engines[0].env, io.err);
    for (const e of engines) limitPids(site.name, e.env);
    if (gap) io.out(`${gap}\n`);
    const waited = await waitHealthy(target.expected, { timeoutSeconds: opts.healthTimeoutSeconds ?? 60, env: io.env, engines, signal: opts.signal });
    if (opts.signal?.aborted) return { site: site.name, outcome: 'interrupted', plan, seconds: seconds() };
    io.out(`${site.name}: all containers healthy (${(waited / 1000).toFixed(1)}s)\n`);
    return { site: site.name, outcome: plan.changed || orphanNames.length ? 'deployed' : 'unchanged', plan, seconds: seconds() };
  } finally {
    fs.rmSync(planFile, { force: true });
  }
}
