import type { Argv, CommandModule } from 'yargs';
import { planOperation } from '../../ops/plan-operation';
import { CliContext } from '../context';
import { withInterrupt } from '../interrupt';
import { EXIT_INTERRUPTED, operationHooks, orInvalid, siteRequest } from './operations';
import { SiteArgs, siteOptions, START_ENGINE_OPTION } from './site-options';

export interface PlanArgs extends SiteArgs {
  readonly startEngine: boolean;
  readonly detailedExitcode: boolean;
}

/** Synthesizes and plans each selected site; prints what would change. */
export async function runPlan(args: PlanArgs, ctx: CliContext, signal?: AbortSignal): Promise<number> {
  return orInvalid(async () => {
    const r = await planOperation({ ...siteRequest(args), startEngine: args.startEngine }, operationHooks(ctx, signal));
    if (r.stopped?.reason === 'interrupted') return EXIT_INTERRUPTED;
    if (r.stopped) {
      ctx.stderr(`aisite: ${r.stopped.message}\n`);
      return 1;
    }
    return args.detailedExitcode && r.changed ? 2 : 0;
  }, ctx);
}

export function planCommand(ctx: CliContext): CommandModule<object, PlanArgs> {
  return {
    command: 'plan <paths..>',
    describe: 'Synthesize and show what deploy would change (Terraform plan)',
    builder: (y: Argv) =>
      siteOptions(y, true).option('start-engine', START_ENGINE_OPTION).option('detailed-exitcode', {
        type: 'boolean',
        default: false,
        describe: 'exit 2 when there are changes (as terraform plan does)',
      }) as unknown as Argv<PlanArgs>,
    handler: async (argv) => {
      ctx.exitCode = await withInterrupt(
        (signal) => runPlan(argv, ctx, signal),
        () => ctx.stderr('\naisite: interrupting Terraform…\n'),
      );
    },
  };
}
