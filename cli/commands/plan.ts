import type { Argv, CommandModule } from 'yargs';
import { describeSitePlan, planSite } from '../../deploy/deploy';
import { ownedElsewhereMessage } from '../../deploy/ownership';
import { CliContext } from '../context';
import { withInterrupt } from '../interrupt';
import { ensureDeployPrerequisites, EXIT_INTERRUPTED } from './deploy';
import { operationIo, workspaceOrExit } from './operations';
import { checkStateBackends } from '../../deploy/pg-state';
import { ensureSiteEngines } from '../../deploy/docker-engine';
import { explainErrors } from '../../deploy/terraform';
import { stateBackendOf } from '../../spec/model/state-backend';
import { SiteArgs, siteOptions } from './site-options';
import { engineBudgets } from '../../deploy/twin-budget-check';
import { describeBudget } from '../../spec/model/twin-budget';

export interface PlanArgs extends SiteArgs {
  readonly startEngine: boolean;
  readonly detailedExitcode: boolean;
}

/** Synthesizes and plans each selected site; prints what would change. */
export async function runPlan(args: PlanArgs, ctx: CliContext, signal?: AbortSignal): Promise<number> {
  await ensureDeployPrerequisites(ctx, args.startEngine);
  const ws = await workspaceOrExit(args, ctx, 'plan');
  if (typeof ws === 'number') return ws;
  ensureSiteEngines(ws.selected, ctx.env);
  await checkStateBackends(ws.selected, ctx.env);
  const env = operationIo(ctx, args.lockTimeout).env;
  for (const b of engineBudgets(ws.selected, ws.validation.sites, ws.twin, ctx.env)) {
    ctx.stdout(`twin on ${b.host}: ${describeBudget(b)} (${b.sites.length} site${b.sites.length === 1 ? '' : 's'})\n`);
  }
  let changed = false;
  for (const site of ws.selected) {
    const p = await planSite(site, { stackDir: ws.stackDir(site.name), owner: ws.owner(site, ctx.env), stateFile: ws.stateFile(site), signal }, { env });
    if (p.interrupted) return EXIT_INTERRUPTED;
    if (p.foreign.length) {
      ctx.stderr(`aisite: ${ownedElsewhereMessage(site.name, p.foreign, 'replace or remove')}\n`);
      return 1;
    }
    if (p.errors.length) {
      ctx.stderr(`aisite: ${site.name}: plan failed: ${explainErrors(site.name, p.errors, stateBackendOf(site.spec).kind)}\n`);
      return 1;
    }
    changed ||= p.changed || p.leftoverNames.length > 0;
    ctx.stdout(`${site.name}: ${describeSitePlan(p)}\n`);
  }
  return args.detailedExitcode && changed ? 2 : 0;
}

export function planCommand(ctx: CliContext): CommandModule<object, PlanArgs> {
  return {
    command: 'plan <paths..>',
    describe: 'Synthesize and show what deploy would change (Terraform plan)',
    builder: (y: Argv) =>
      siteOptions(y, true)
        .option('start-engine', { type: 'boolean', default: true, describe: 'start a local dockerd when none answers (root only)' })
        .option('detailed-exitcode', { type: 'boolean', default: false, describe: 'exit 2 when there are changes (as terraform plan does)' }) as unknown as Argv<PlanArgs>,
    handler: async (argv) => {
      ctx.exitCode = await withInterrupt((signal) => runPlan(argv, ctx, signal), () => ctx.stderr('\naisite: interrupting Terraform…\n'));
    },
  };
}
