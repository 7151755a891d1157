import type { Argv, CommandModule } from 'yargs';
import { statusOperation } from '../../ops/status-operation';
import { CliContext } from '../context';
import { formatStatus } from '../format/status';
import { orInvalid, siteRequest } from './operations';
import { SiteArgs, siteOptions } from './site-options';

export interface StatusArgs extends SiteArgs {
  readonly format: 'text' | 'json';
}

/** The live sites read from Docker by label, compared with their specs when given. */
export async function runStatus(args: StatusArgs, ctx: CliContext): Promise<number> {
  return orInvalid(async () => {
    const statuses = await statusOperation(siteRequest(args), { env: ctx.env });
    if (args.format === 'json') ctx.stdout(JSON.stringify(statuses, null, 2) + '\n');
    else for (const s of statuses) ctx.stdout(formatStatus(s));
    return statuses.every((s) => s.inSync) ? 0 : 1;
  }, ctx);
}

export function statusCommand(ctx: CliContext): CommandModule<object, StatusArgs> {
  return {
    command: 'status [paths..]',
    describe: 'Show the live site (from Docker labels) and its drift from the spec',
    builder: (y: Argv) =>
      siteOptions(y, false).option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const }) as unknown as Argv<StatusArgs>,
    handler: async (argv) => {
      ctx.exitCode = await runStatus(argv, ctx);
    },
  };
}
