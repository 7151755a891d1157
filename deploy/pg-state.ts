import type { Client } from 'pg';
import { ExternalError } from '../spec/errors';
import { ResolvedSite } from '../spec/model/resolved-site';
import { PG_CONN_ENV, stateBackendOf } from '../spec/model/state-backend';
import { Env } from '../spec/env';

/** A PostgreSQL session holding the advisory lock of a site's state. */
export interface LockHolder {
  readonly pid: number;
  /** PGAPPNAME of the session: aisite/<site>/<pid> for runs of aisite. */
  readonly application: string;
  readonly client: string;
  /** When the session started (ISO 8601). */
  readonly since: string;
}

/** host:port of a connection string, without user or password, for messages. */
export function pgEndpoint(conn: string): string {
  try {
    const u = new URL(conn);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}`;
  } catch {
    return 'the server in PG_CONN_STR';
  }
}

function connString(site: string, env: Env): string {
  const conn = env[PG_CONN_ENV];
  if (!conn) {
    throw new ExternalError(
      `${site} keeps its Terraform state in PostgreSQL (state.backend: pg), but ${PG_CONN_ENV} is not set — export ${PG_CONN_ENV}=postgres://USER:PASSWORD@HOST:5432/DATABASE`,
    );
  }
  // Checked here, where the message can leave the string out: it holds the password.
  let url: URL | undefined;
  try {
    url = new URL(conn);
  } catch {
    url = undefined;
  }
  if (!url || !/^postgres(ql)?:$/.test(url.protocol)) {
    throw new ExternalError(
      `${PG_CONN_ENV} is not a PostgreSQL connection URL (the state of ${site} is there) — set it as postgres://USER:PASSWORD@HOST:5432/DATABASE, with special characters in the password percent-encoded`,
    );
  }
  return conn;
}

async function connect(site: string, env: Env): Promise<Client> {
  const conn = connString(site, env);
  // pg loads in ~70 ms: only when a site keeps its state in PostgreSQL, not at every start-up.
  const { Client: PgClient } = require('pg') as typeof import('pg');
  let client: Client;
  try {
    client = new PgClient({ connectionString: conn, connectionTimeoutMillis: 5000, application_name: `aisite/${site}/check` });
  } catch (e) {
    throw new ExternalError(
      `${PG_CONN_ENV} could not be read as a connection string (${(e as Error).name}) — set it as postgres://USER:PASSWORD@HOST:5432/DATABASE`,
    );
  }
  client.on('error', () => undefined); // a dropped connection is reported by the query that needs it
  try {
    await client.connect();
    return client;
  } catch (e) {
    await client.end().catch(() => undefined);
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0];
    throw new ExternalError(`PostgreSQL for the state of ${site} does not answer at ${pgEndpoint(conn)} (${why}) — start it, or fix ${PG_CONN_ENV}`);
  }
}

/**
 * Before Terraform runs: every selected site whose state is in PostgreSQL has its
 * connection string and a server that answers. One line when not, and nothing started.
 */
export async function checkStateBackends(sites: readonly ResolvedSite[], env: Env): Promise<void> {
  for (const site of sites) {
    if (stateBackendOf(site.spec).kind !== 'pg') continue;
    const client = await connect(site.name, env);
    await client.end();
  }
}

/**
 * Sessions holding the site's state lock. Terraform's pg backend locks a state with a
 * session-level advisory lock keyed by the state's row id (-1 while the state is first
 * created), so the lock lives exactly as long as the session that took it.
 */
export async function lockHolders(site: string, schema: string, env: Env): Promise<LockHolder[]> {
  const client = await connect(site, env);
  try {
    const exists = await client.query('SELECT to_regclass($1) AS t', [`"${schema}".states`]);
    const keyed = exists.rows[0]?.t ? `(SELECT id FROM "${schema}".states WHERE name = 'default')` : 'NULL';
    // A bigint advisory key is split into classid (high 32 bits) and objid (low 32 bits).
    const r = await client.query(
      `SELECT a.pid, coalesce(a.application_name, '') AS application, coalesce(host(a.client_addr), 'local') AS client, a.backend_start
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND (((l.classid::bigint << 32) | l.objid::bigint) = ${keyed}
               OR (((l.classid::bigint << 32) | l.objid::bigint) = -1 AND a.application_name LIKE $1))
        ORDER BY a.pid`,
      [`aisite/${site}/%`],
    );
    return r.rows.map((row: { pid: number; application: string; client: string; backend_start: Date }) => ({
      pid: row.pid,
      application: row.application,
      client: row.client,
      since: row.backend_start.toISOString(),
    }));
  } finally {
    await client.end();
  }
}

/** Ends the given sessions, which releases their advisory locks. Returns how many ended. */
export async function endSessions(site: string, pids: readonly number[], env: Env): Promise<number> {
  if (!pids.length) return 0;
  const client = await connect(site, env);
  try {
    const r = await client.query('SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM unnest($1::int[]) AS pid', [pids]);
    return Number(r.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}
