import type { Argv, CommandModule } from 'yargs';
import { destroyOperation } from '../../ops/destroy-operation';
import { CliContext } from '../context';
import { withInterrupt } from '../interrupt';
import { EXIT_INTERRUPTED, operationHooks, orInvalid, siteRequest } from './operations';
import { parallelOption, SiteArgs, siteOptions } from './site-options';

export interface DestroyArgs extends SiteArgs {
  readonly autoApprove: boolean;
  /** Also remove the site's objects that another Terraform state owns. @default false */
  readonly takeOver?: boolean;
  /** Sites destroyed side by side at most. @default DEFAULT_PARALLEL */
  readonly parallel?: number;
}

/** Destroys sites through Terraform, then sweeps leftovers by label; works without the spec. */
export async function runDestroy(args: DestroyArgs, ctx: CliContext, signal?: AbortSignal): Promise<number> {
  return orInvalid(async () => {
    const r = await destroyOperation(
      { ...siteRequest(args), autoApprove: args.autoApprove, takeOver: args.takeOver, parallel: args.parallel },
      operationHooks(ctx, signal),
    );
    if (r.declined) {
      ctx.stderr('aisite: nothing destroyed (not confirmed)\n');
      return 1;
    }
    if (r.interrupted) {
      ctx.stderr(`aisite: ${r.interrupted}: interrupted; run the same destroy again\n`);
      return EXIT_INTERRUPTED;
    }
    // Objects another state owns were left and named as each site was done.
    return r.sites.some((s) => s.result.foreign?.length) ? 1 : 0;
  }, ctx);
}

export function destroyCommand(ctx: CliContext): CommandModule<object, DestroyArgs> {
  return {
    command: 'destroy [paths..]',
    describe: 'Remove everything of a site: Terraform destroy, then a sweep by label (also with --site NAME when the spec is gone)',
    builder: (y: Argv) =>
      siteOptions(y, false)
        .option('auto-approve', { type: 'boolean', default: false, describe: 'destroy without asking' })
        .option('take-over', {
          type: 'boolean',
          default: false,
          describe: 'also remove the objects of the site that another Terraform state owns',
        })
        .option('parallel', parallelOption('destroyed', "each site's containers still leave one at a time")) as unknown as Argv<DestroyArgs>,
    handler: async (argv) => {
      ctx.exitCode = await withInterrupt(
        (signal) => runDestroy(argv, ctx, signal),
        () => ctx.stderr('\naisite: interrupting Terraform…\n'),
      );
    },
  };
}
