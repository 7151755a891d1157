import type { Argv, CommandModule } from 'yargs';
import { endSessions, lockHolders } from '../../deploy/pg-state';
import { UsageError } from '../../spec/errors';
import { failsValidation } from '../../spec/findings';
import { defaultPgSchema, stateBackendOf } from '../../spec/model/state-backend';
import { validatePaths } from '../../spec/validate';
import { CliContext } from '../context';
import { operationIo, reportInvalid } from './operations';
import { InvalidSitesError } from '../../deploy/workspace';

export interface UnlockArgs {
  readonly paths: string[];
  readonly site?: string;
  /** PostgreSQL schema of a site whose spec is not given. @default aisite_<site> */
  readonly schema?: string;
  readonly autoApprove: boolean;
}

interface Target {
  readonly site: string;
  readonly schema?: string;
}

function targets(args: UnlockArgs): Target[] {
  if (!args.paths.length) {
    if (!args.site) throw new UsageError('name site files, or --site NAME');
    return [{ site: args.site, schema: args.schema ?? defaultPgSchema(args.site) }];
  }
  const result = validatePaths(args.paths);
  if (failsValidation(result.findings, false)) throw new InvalidSitesError(result);
  const sites = args.site ? result.sites.filter((s) => s.name === args.site) : result.sites;
  if (!sites.length) throw new UsageError(args.site ? `no site named ${args.site} in the given paths` : 'no sites found in the given paths');
  return sites.map((s) => {
    const b = stateBackendOf(s.spec);
    return { site: s.name, schema: b.kind === 'pg' ? b.schema : undefined };
  });
}

/**
 * Releases the state lock of sites kept in PostgreSQL. Terraform's pg backend holds a
 * session-level advisory lock, which `terraform force-unlock` cannot release from another
 * session (it reports success and the lock stays); the lock ends with its session, so
 * unlock ends the sessions that hold it, after confirmation. Returns the exit code.
 */
export async function runUnlock(args: UnlockArgs, ctx: CliContext): Promise<number> {
  let list: Target[];
  try {
    list = targets(args);
  } catch (e) {
    return reportInvalid(e, ctx);
  }
  const io = operationIo(ctx);
  for (const t of list) {
    if (!t.schema) {
      ctx.stdout(`${t.site}: local state — its lock is a file lock that ends with the process holding it; nothing to unlock\n`);
      continue;
    }
    const holders = await lockHolders(t.site, t.schema, ctx.env);
    if (!holders.length) {
      ctx.stdout(`${t.site}: not locked\n`);
      continue;
    }
    for (const h of holders) ctx.stdout(`${t.site}: locked by PostgreSQL session ${h.pid} (${h.application || 'no application name'}, from ${h.client}, since ${h.since})\n`);
    const question = `End ${holders.length === 1 ? 'that session' : 'those sessions'} to release the lock of ${t.site}? A run still working would lose its connection and stop`;
    if (!args.autoApprove && !(await io.confirm(`${question}?`))) {
      ctx.stderr(`aisite: ${t.site}: still locked (not confirmed)\n`);
      return 1;
    }
    const ended = await endSessions(t.site, holders.map((h) => h.pid), ctx.env);
    ctx.stdout(`${t.site}: unlocked (${ended} session${ended === 1 ? '' : 's'} ended)\n`);
  }
  return 0;
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
