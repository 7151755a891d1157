import * as fs from 'fs';
import * as path from 'path';
import { ResolvedSite } from '../spec/model/resolved-site';
import { TwinOptions } from '../spec/model/twin-plan';
import { engineEnvs } from '../spec/model/docker-engines';
import { findOrphans, removeOrphans } from './docker-objects';
import { expectedSite } from './expected-site';
import { waitHealthy } from './health';
import { ApplyProgress } from './progress';
import { explainErrors, parallelismFor, runTerraform, TerraformMessage, terraformInit, terraformStateIds } from './terraform';

type Env = Readonly<Record<string, string | undefined>>;

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

/** Plans one stack (init first); the plan is saved for apply. */
export async function planStack(dir: string, env: Env, signal?: AbortSignal): Promise<PlanSummary & { errors: string[]; interrupted: boolean }> {
  await terraformInit(dir, env);
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
  const errors = r.code === 1 || (r.code !== 0 && r.code !== 2) ? (r.errors.length ? r.errors : [r.text.trim().split('\n').pop() ?? 'terraform plan failed']) : [];
  return { add: summary?.add ?? 0, change: summary?.change ?? 0, remove: summary?.remove ?? 0, changed: r.code === 2, errors, interrupted };
}

export function describePlan(p: PlanSummary): string {
  return p.changed ? `${p.add} to add, ${p.change} to change, ${p.remove} to destroy` : 'no changes';
}

export interface DeployOptions {
  readonly stackDir: string;
  readonly twin: TwinOptions;
  readonly autoApprove: boolean;
  /** @default 60 */
  readonly healthTimeoutSeconds?: number;
  readonly signal?: AbortSignal;
}

/**
 * Deploys one synthesized site: plan, confirm, apply with progress, wait until healthy.
 * Converges: an unchanged site only gets its health checked.
 */
export async function deploySite(site: ResolvedSite, opts: DeployOptions, io: OperationIo): Promise<SiteResult> {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  const plan = await planStack(opts.stackDir, io.env, opts.signal);
  if (plan.interrupted) return { site: site.name, outcome: 'interrupted', seconds: seconds() };
  if (plan.errors.length) return { site: site.name, outcome: 'failed', message: `plan failed: ${explainErrors(site.name, plan.errors)}`, seconds: seconds() };
  // Objects an interrupted apply created but Terraform never recorded: they would make
  // this apply fail with "already exists", so they are removed first (volumes are adopted).
  // On every engine the site uses (cabinets may have their own).
  const engines = engineEnvs(site.spec.spec, io.env);
  const stateIds = await terraformStateIds(opts.stackDir, io.env);
  const orphanSets = engines.map((e) => ({ env: e.env, orphans: findOrphans(site.name, stateIds, e.env) }));
  const orphanNames = orphanSets.flatMap(({ orphans }) => [...orphans.services, ...orphans.containers, ...orphans.networks].map((o) => o.name));
  io.out(`${site.name}: plan: ${describePlan(plan)}${orphanNames.length ? `; ${orphanNames.length} leftover object${orphanNames.length === 1 ? '' : 's'} not in the Terraform state to remove` : ''}\n`);
  const planFile = path.join(opts.stackDir, PLAN_FILE);
  try {
    if (plan.changed || orphanNames.length) {
      if (!opts.autoApprove && !(await io.confirm(`Deploy ${site.name} (${describePlan(plan)}${orphanNames.length ? `, remove ${orphanNames.length} leftovers` : ''})?`))) {
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
      const r = await runTerraform(['apply', '-json', '-input=false', '-auto-approve', ...parallelismFor(plan.remove), PLAN_FILE], { dir: opts.stackDir, env: io.env, signal: opts.signal, watchEngine: true, onMessage: (m) => progress.onMessage(m) });
      if (opts.signal?.aborted) {
        progress.finish('interrupted');
        return { site: site.name, outcome: 'interrupted', plan, seconds: seconds() };
      }
      if (r.code !== 0) {
        progress.finish('failed');
        return { site: site.name, outcome: 'failed', plan, message: `apply failed: ${explainErrors(site.name, r.errors) || r.text.trim().split('\n').pop()}`, seconds: seconds() };
      }
      progress.finish('applied');
    }
    const waited = await waitHealthy(expectedSite(site, opts.twin), { timeoutSeconds: opts.healthTimeoutSeconds ?? 60, env: io.env, engines, signal: opts.signal });
    if (opts.signal?.aborted) return { site: site.name, outcome: 'interrupted', plan, seconds: seconds() };
    io.out(`${site.name}: all containers healthy (${(waited / 1000).toFixed(1)}s)\n`);
    return { site: site.name, outcome: plan.changed || orphanNames.length ? 'deployed' : 'unchanged', plan, seconds: seconds() };
  } finally {
    fs.rmSync(planFile, { force: true });
  }
}
