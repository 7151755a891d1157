import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_HEALTH_TIMEOUT_SECONDS, deployOperation } from '../../ops/deploy-operation';
import { CliContext } from '../context';
import { VERIFY_FORMATTERS } from '../format/verify';
import { withInterrupt } from '../interrupt';
import { EXIT_INTERRUPTED, operationHooks, orInvalid, siteRequest } from './operations';
import { parallelOption, SiteArgs, siteOptions, START_ENGINE_OPTION } from './site-options';

export interface DeployArgs extends SiteArgs {
  readonly autoApprove: boolean;
  /** Sites deployed side by side at most (with --auto-approve). @default DEFAULT_PARALLEL */
  readonly parallel?: number;
  readonly healthTimeout: number;
  readonly startEngine: boolean;
  /** Remove a deployment that another state owns and deploy anew. @default false */
  readonly takeOver?: boolean;
  /** After the health wait, run `aisite verify` on the deployed sites. @default false */
  readonly verify?: boolean;
}

/** Synthesizes, then plans, applies and health-checks each selected site. */
export async function runDeploy(args: DeployArgs, ctx: CliContext, signal?: AbortSignal): Promise<number> {
  return orInvalid(async () => {
    const { results, verify } = await deployOperation(
      {
        ...siteRequest(args),
        autoApprove: args.autoApprove,
        parallel: args.parallel,
        healthTimeoutSeconds: args.healthTimeout,
        startEngine: args.startEngine,
        takeOver: args.takeOver,
        verify: args.verify,
        canConfirm: ctx.confirm !== undefined,
      },
      operationHooks(ctx, signal),
    );
    for (const r of results) {
      if (r.outcome === 'failed' || r.outcome === 'skipped') ctx.stderr(`aisite: ${r.site}: ${r.message}\n`);
      if (r.outcome === 'declined') ctx.stderr(`aisite: ${r.site}: not deployed (not confirmed)\n`);
      if (r.outcome === 'interrupted')
        ctx.stderr(
          `aisite: ${r.site}: interrupted; Terraform saved its state — run the same \`aisite deploy\` again to converge, or \`aisite destroy --site ${r.site}\`\n`,
        );
    }
    if (results.some((r) => r.outcome === 'interrupted')) return EXIT_INTERRUPTED;
    if (results.some((r) => r.outcome !== 'deployed' && r.outcome !== 'unchanged')) return 1;
    ctx.stdout(`✔ ${results.map((r) => `${r.site} ${r.outcome} (${r.seconds}s)`).join(', ')}\n`);
    if (!verify) return 0;
    ctx.stdout(VERIFY_FORMATTERS.text(verify));
    return verify.violations ? 1 : 0;
  }, ctx);
}

export function deployCommand(ctx: CliContext): CommandModule<object, DeployArgs> {
  return {
    command: 'deploy <paths..>',
    describe: 'Synthesize, plan and apply sites onto Docker through Terraform, then wait until healthy',
    builder: (y: Argv) =>
      siteOptions(y, true)
        .option('auto-approve', { type: 'boolean', default: false, describe: 'apply without asking' })
        .option('parallel', parallelOption('deployed', 'with --auto-approve only'))
        .option('health-timeout', { type: 'number', default: DEFAULT_HEALTH_TIMEOUT_SECONDS, describe: 'seconds to wait for healthy containers' })
        .option('start-engine', START_ENGINE_OPTION)
        .option('verify', { type: 'boolean', default: false, describe: 'after the health wait, probe the sites from inside their containers (aisite verify)' })
        .option('take-over', {
          type: 'boolean',
          default: false,
          describe: 'when another Terraform state (another checkout or state folder) owns the deployed site: remove its objects and deploy from here',
        })
        .example('$0 deploy examples/daejeon-hospital-01.yaml --auto-approve', 'deploy the hospital MDC') as unknown as Argv<DeployArgs>,
    handler: async (argv) => {
      ctx.exitCode = await withInterrupt(
        (signal) => runDeploy(argv, ctx, signal),
        () => ctx.stderr('\naisite: interrupting Terraform (once; it saves state)…\n'),
      );
    },
  };
}
