import { createHash } from 'crypto';
import * as os from 'os';
import * as path from 'path';
import { ExternalError } from '../spec/errors';
import { LABELS, OWNER_VARIABLES } from '../spec/model/docker-names';
import { PG_CONN_ENV, StateBackendPlan } from '../spec/model/state-backend';
import { LiveSite } from './docker-objects';
import { Env } from '../spec/env';

/**
 * One site, one owner. Every object a deployment creates carries the id of the Terraform
 * state that owns it (`aisite.owner`) and where that state lives (`aisite.owner-state`).
 * A deploy or plan that finds the site's objects under another owner refuses and names
 * it; destroy sweeps only its own. Taking a site over is explicit (`--take-over`).
 */

/** A Terraform state, as an owner of Docker objects. */
export interface StateOwner {
  /** Stable id: from host and path for a local state; from server, database and schema for PostgreSQL. */
  readonly id: string;
  /** Where the state lives, for people: `host:/abs/path/terraform.tfstate` or `postgres://host:port/db schema S`. */
  readonly location: string;
}

/** Where a site's local state file is. */
export function localStatePath(stateDir: string, site: string): string {
  return path.resolve(stateDir, site, 'terraform.tfstate');
}

function hashId(kind: string, text: string): string {
  return `${kind}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/**
 * The owner of a site's state, derived, never stored: a local state is its host and
 * absolute path, so a second checkout (another state folder) is another owner, while the
 * same checkout stays the owner when the state file itself is lost (deploy then heals the
 * site instead of refusing it). A PostgreSQL state is one owner for a whole team: server,
 * database and schema, never the user or password.
 */
export function stateOwner(site: string, backend: StateBackendPlan, stateDir: string, env: Env): StateOwner {
  if (backend.kind === 'pg') {
    const conn = env[PG_CONN_ENV] ?? '';
    let u: URL;
    try {
      u = new URL(conn);
    } catch {
      throw new ExternalError(`${PG_CONN_ENV} is not a connection URL (postgres://USER:PASSWORD@HOST:5432/DATABASE); fix the variable for ${site}`);
    }
    const where = `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname || '/'}`;
    return { id: hashId('pg', `${where}\n${backend.schema}`), location: `postgres://${where} schema ${backend.schema}` };
  }
  const location = `${os.hostname()}:${localStatePath(stateDir, site)}`;
  return { id: hashId('local', location), location };
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

/** Objects of the site not owned by `owner` (every one when no owner is given). */
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
