import type { Argv, CommandModule } from 'yargs';
import { verifyOperation } from '../../ops/verify-operation';
import { ALL_PAIRS_MAX_SITES } from '../../spec/model/cross-site-sample';
import { CliContext } from '../context';
import { VERIFY_FORMATS, VERIFY_FORMATTERS, VerifyFormat } from '../format/verify';
import { orInvalid, siteRequest } from './operations';
import { SiteArgs, siteOptions } from './site-options';

export interface VerifyArgs extends SiteArgs {
  readonly format: VerifyFormat;
  /** Host ports probed besides the Docker API's 2375. @default none */
  readonly hostPort?: number[];
  /** Probe every other site's controller from every source, however many sites. @default false */
  readonly allPairs?: boolean;
}

/** Probes the deployed sites and prints the matrix; 1 when a path breaks the spec's policy. */
export async function runVerify(args: VerifyArgs, ctx: CliContext): Promise<number> {
  return orInvalid(async () => {
    const report = await verifyOperation({ ...siteRequest(args), hostPorts: args.hostPort, allPairs: args.allPairs }, { env: ctx.env });
    ctx.stdout(VERIFY_FORMATTERS[args.format](report));
    return report.violations ? 1 : 0;
  }, ctx);
}

export function verifyCommand(ctx: CliContext): CommandModule<object, VerifyArgs> {
  return {
    command: 'verify <paths..>',
    describe: 'Probe the deployed sites from inside their containers and compare with the isolation the spec intends',
    builder: (y: Argv) =>
      siteOptions(y, true)
        .option('format', { alias: 'f', choices: VERIFY_FORMATS, default: 'text' as const })
        .option('all-pairs', {
          type: 'boolean',
          describe: `probe every other site's controller from every source; by default sets of more than ${ALL_PAIRS_MAX_SITES} sites probe a sample (ring neighbours in name order and uplink peers)`,
        })
        .option('host-port', { type: 'number', array: true, describe: "host ports to probe besides the Docker API (2375), e.g. a state server's 5432" })
        .example('$0 verify examples/daejeon-hospital-01.yaml', 'probe the deployed hospital MDC') as unknown as Argv<VerifyArgs>,
    handler: async (argv) => {
      ctx.exitCode = await runVerify(argv, ctx);
    },
  };
}
