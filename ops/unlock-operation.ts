import { endSessions, lockHolders } from '../deploy/pg-state';
import { UsageError } from '../spec/errors';
import { defaultPgSchema, stateBackendOf } from '../spec/model/state-backend';
import { OperationHooks } from './events';
import { loadSites } from './load-sites';

export interface UnlockRequest {
  readonly paths: readonly string[];
  /** Only this site; without paths, the site whose spec is not given. @default every site in the paths */
  readonly site?: string;
  /** PostgreSQL schema of a site whose spec is not given. @default aisite_<site> */
  readonly schema?: string;
  /** End the holding sessions without asking. @default false */
  readonly autoApprove?: boolean;
}

export interface UnlockResult {
  /** The site left locked because the question was answered no. @default none */
  readonly declined?: string;
}

interface Target {
  readonly site: string;
  /** Undefined for a local state. */
  readonly schema?: string;
}

function unlockTargets(req: UnlockRequest): Target[] {
  if (!req.paths.length) {
    if (!req.site) throw new UsageError('name site files, or --site NAME');
    return [{ site: req.site, schema: req.schema ?? defaultPgSchema(req.site) }];
  }
  const all = loadSites(req.paths, { everyByDefault: true }).all;
  const sites = req.site ? all.filter((s) => s.name === req.site) : all;
  if (!sites.length) throw new UsageError(req.site ? `no site named ${req.site} in the given paths` : 'no sites found in the given paths');
  return sites.map((s) => {
    const b = stateBackendOf(s.spec);
    return { site: s.name, schema: b.kind === 'pg' ? b.schema : undefined };
  });
}

/**
 * Releases the state lock of sites kept in PostgreSQL. Terraform's pg backend holds a
 * session-level advisory lock, which `terraform force-unlock` cannot release from another
 * session (it reports success and the lock stays); the lock ends with its session, so
 * unlock ends the sessions that hold it, after confirmation. A local state's lock is a
 * file lock that ends with its process: nothing to do.
 */
export async function unlockOperation(req: UnlockRequest, hooks: Pick<OperationHooks, 'env' | 'onUpdate' | 'confirm'>): Promise<UnlockResult> {
  for (const t of unlockTargets(req)) {
    if (!t.schema) {
      hooks.onUpdate({ type: 'lock found', site: t.site, backend: 'local', holders: [] });
      continue;
    }
    const holders = await lockHolders(t.site, t.schema, hooks.env);
    hooks.onUpdate({ type: 'lock found', site: t.site, backend: 'pg', holders });
    if (!holders.length) continue;
    const question = `End ${holders.length === 1 ? 'that session' : 'those sessions'} to release the lock of ${t.site}? A run still working would lose its connection and stop`;
    if (!req.autoApprove && !(await hooks.confirm(`${question}?`))) return { declined: t.site };
    const sessions = await endSessions(
      t.site,
      holders.map((h) => h.pid),
      hooks.env,
    );
    hooks.onUpdate({ type: 'unlocked', site: t.site, sessions });
  }
  return {};
}
