import type { Argv, CommandModule } from 'yargs';
import { unlockOperation } from '../../ops/unlock-operation';
import { CliContext } from '../context';
import { operationHooks, orInvalid } from './operations';

export interface UnlockArgs {
  readonly paths: string[];
  readonly site?: string;
  /** PostgreSQL schema of a site whose spec is not given. @default aisite_<site> */
  readonly schema?: string;
  readonly autoApprove: boolean;
}

/** Releases the state lock a dead or hung run left on sites kept in PostgreSQL; returns the exit code. */
export async function runUnlock(args: UnlockArgs, ctx: CliContext): Promise<number> {
  return orInvalid(async () => {
    const r = await unlockOperation({ paths: args.paths, site: args.site, schema: args.schema, autoApprove: args.autoApprove }, operationHooks(ctx));
    if (!r.declined) return 0;
    ctx.stderr(`aisite: ${r.declined}: still locked (not confirmed)\n`);
    return 1;
  }, ctx);
}

export function unlockCommand(ctx: CliContext): CommandModule<object, UnlockArgs> {
  return {
    command: 'unlock [paths..]',
    describe: 'Release the state lock a dead or hung run left on sites kept in PostgreSQL (state.backend: pg)',
    builder: (y: Argv) =>
      y
        .positional('paths', { type: 'string', array: true, default: [], describe: 'site files or folders' })
        .option('site', { type: 'string', describe: 'the site (metadata.name) to unlock' })
        .option('schema', { type: 'string', describe: 'PostgreSQL schema of the state when no spec is given (default aisite_<site>)' })
        .option('auto-approve', { type: 'boolean', default: false, describe: 'end the holding sessions without asking' })
        .example('$0 unlock --site daejeon-hospital-01', 'show who holds the lock and release it') as unknown as Argv<UnlockArgs>,
    handler: async (argv) => {
      ctx.exitCode = await runUnlock(argv, ctx);
    },
  };
}
