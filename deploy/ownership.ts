import { createHash, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExternalError } from '../spec/errors';
import { LABELS, OWNER_VARIABLES } from '../spec/model/docker-names';
import { PG_CONN_ENV, StateBackendPlan } from '../spec/model/state-backend';
import { LiveSite } from './docker-objects';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * One site, one owner. Every object a deployment creates carries the id of the Terraform
 * state that owns it (`aisite.owner`) and where that state lives (`aisite.owner-state`).
 * A deploy or plan that finds the site's objects under another owner refuses and names
 * it; destroy sweeps only its own. Taking a site over is explicit (`--take-over`).
 */

/** The file beside a local state that holds its owner id. */
export const OWNER_FILE = 'aisite-owner';

/** A Terraform state, as an owner of Docker objects. */
export interface StateOwner {
  /** Stable id: random per local state folder; derived from server and schema for PostgreSQL. */
  readonly id: string;
  /** Where the state lives, for people: `host:/abs/path/terraform.tfstate` or `postgres://host:port/db schema`. */
  readonly location: string;
}

/** Where a site's local state file is. */
export function localStatePath(stateDir: string, site: string): string {
  return path.resolve(stateDir, site, 'terraform.tfstate');
}

/**
 * The owner of a site's state. For a local state the id is kept in a file beside it,
 * created on first use when `create` (plan and deploy), so a second checkout, with a
 * state folder of its own, is a different owner. A PostgreSQL state is the same owner
 * for every member of a team: its id comes from the server, database and schema.
 */
export function stateOwner(site: string, backend: StateBackendPlan, stateDir: string, env: Env, create: boolean): StateOwner | undefined {
  if (backend.kind === 'pg') {
    const conn = env[PG_CONN_ENV] ?? '';
    let u: URL;
    try {
      u = new URL(conn);
    } catch {
      throw new ExternalError(`${PG_CONN_ENV} is not a connection URL (postgres://USER:PASSWORD@HOST:5432/DATABASE); fix the variable for ${site}`);
    }
    const where = `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname || '/'}`;
    return { id: `pg-${createHash('sha256').update(`${where}\n${backend.schema}`).digest('hex').slice(0, 16)}`, location: `postgres://${where} schema ${backend.schema}` };
  }
  const state = localStatePath(stateDir, site);
  const file = path.join(path.dirname(state), OWNER_FILE);
  const location = `${os.hostname()}:${state}`;
  try {
    const id = fs.readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f-]{36}$/.test(id)) return { id, location };
  } catch {
    // none yet
  }
  if (!create) return undefined;
  const id = randomUUID();
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${id}\n`);
  } catch (e) {
    throw new ExternalError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; check the state folder's permissions`);
  }
  return { id, location };
}

/** The environment that gives Terraform the owner labels' values. */
export function ownerEnv(owner: StateOwner): Record<string, string> {
  return { [`TF_VAR_${OWNER_VARIABLES.id}`]: owner.id, [`TF_VAR_${OWNER_VARIABLES.state}`]: owner.location };
}

/** A site's objects that another state owns, grouped by where that state lives. */
export interface ForeignOwner {
  /** The other state's location, or a note when the objects carry no owner. */
  readonly location: string;
  readonly names: readonly string[];
}

/** Objects of the site not owned by `owner` (all of them when `owner` is unknown). */
export function foreignOwners(live: LiveSite, owner: StateOwner | undefined): ForeignOwner[] {
  const byLocation = new Map<string, string[]>();
  const all = [...(live.services ?? []), ...live.containers, ...live.networks, ...live.volumes];
  for (const o of all) {
    if (owner && o.labels[LABELS.owner] === owner.id) continue;
    const location = o.labels[LABELS.ownerState] || 'a state aisite cannot name (deployed by an older aisite, or by Terraform run by hand)';
    const names = byLocation.get(location) ?? [];
    names.push(o.name);
    byLocation.set(location, names);
  }
  return [...byLocation.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([location, names]) => ({ location, names }));
}

/** How many names a message lists before "and N more". */
const NAMED_OBJECTS = 3;

/** One line saying who owns the site and what to do, for deploy, plan and destroy. */
export function ownedElsewhereMessage(site: string, foreign: readonly ForeignOwner[], action: string): string {
  const count = foreign.reduce((n, f) => n + f.names.length, 0);
  const first = foreign[0];
  const names = first.names.slice(0, NAMED_OBJECTS).join(', ') + (count > NAMED_OBJECTS ? ` and ${count - NAMED_OBJECTS} more` : '');
  const where = foreign.length === 1 ? first.location : `${first.location} (and ${foreign.length - 1} other state${foreign.length === 2 ? '' : 's'})`;
  return (
    `${site} is already deployed from another Terraform state: ${where} owns ${count} object${count === 1 ? '' : 's'} (${names}); ` +
    `aisite will not ${action} them. Run aisite from there, or take the site over here with --take-over (removes those objects first)`
  );
}
