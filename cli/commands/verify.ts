import type { Argv, CommandModule } from 'yargs';
import { ensureDockerEngine } from '../../deploy/docker-engine';
import { verifySites } from '../../deploy/verify';
import { InvalidSitesError, selectSites } from '../../deploy/workspace';
import { backbonesOf } from '../../spec/model/backbone';
import { ResolvedSite } from '../../spec/model/resolved-site';
import { failsValidation } from '../../spec/findings';
import { TwinOptions } from '../../spec/model/twin-plan';
import { validatePaths } from '../../spec/validate';
import { CliContext } from '../context';
import { VERIFY_FORMATS, VERIFY_FORMATTERS, VerifyFormat } from '../format/verify';
import { reportInvalid } from './operations';
import { SiteArgs, siteOptions } from './site-options';

export interface VerifyArgs extends SiteArgs {
  readonly format: VerifyFormat;
  /** Host ports probed besides the Docker API's 2375. @default none */
  readonly hostPort?: number[];
}

/** Probes the deployed sites and prints the matrix; 1 when a path breaks the spec's policy. */
export async function verifyAndReport(sites: readonly ResolvedSite[], all: readonly ResolvedSite[], opts: { format: VerifyFormat; twin: TwinOptions; hostPorts?: readonly number[] }, ctx: CliContext): Promise<number> {
  const report = await verifySites(sites, backbonesOf(all), { env: ctx.env, twin: opts.twin, hostPorts: opts.hostPorts });
  ctx.stdout(VERIFY_FORMATTERS[opts.format](report));
  return report.violations ? 1 : 0;
}

export async function runVerify(args: VerifyArgs, ctx: CliContext): Promise<number> {
  await ensureDockerEngine({ start: false, env: ctx.env });
  const v = validatePaths(args.paths);
  if (failsValidation(v.findings, false)) return reportInvalid(new InvalidSitesError(v), ctx);
  const sites = selectSites(v.sites, args);
  return verifyAndReport(sites, v.sites, { format: args.format, twin: { fidelity: args.fidelity, maxContainers: args.maxContainers }, hostPorts: args.hostPort }, ctx);
}

export function verifyCommand(ctx: CliContext): CommandModule<object, VerifyArgs> {
  return {
    command: 'verify <paths..>',
    describe: 'Probe the deployed sites from inside their containers and compare with the isolation the spec intends',
    builder: (y: Argv) =>
      siteOptions(y, true)
        .option('format', { alias: 'f', choices: VERIFY_FORMATS, default: 'text' as const })
        .option('host-port', { type: 'number', array: true, describe: 'host ports to probe besides the Docker API (2375), e.g. a state server\'s 5432' })
        .example('$0 verify examples/daejeon-hospital-01.yaml', 'probe the deployed hospital MDC') as unknown as Argv<VerifyArgs>,
    handler: async (argv) => {
      ctx.exitCode = await runVerify(argv, ctx);
    },
  };
}
