import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from 'pg';
import { freePort } from './free-port';
import { postgresBin } from './gates';

/** A PostgreSQL server of the test's own: its own data folder, port and socket folder. */
export interface TestPostgres {
  /** postgres://… of the `tfstate` database (a password is in it, so tests can look for leaks). */
  readonly connStr: string;
  readonly port: number;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): void;
}

/** Runs a PostgreSQL program; as root through the `postgres` user (the server refuses root). */
function pgRun(bin: string, args: string[], asUser: string | undefined): void {
  const r = asUser
    ? spawnSync('runuser', ['-u', asUser, '--', path.join(bin, args[0]), ...args.slice(1)], { encoding: 'utf8', timeout: 60_000 })
    : spawnSync(path.join(bin, args[0]), args.slice(1), { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${args[0]} failed (${r.status ?? r.error?.message}): ${r.stderr}${r.stdout}`);
}

/** Starts a throwaway server (trust auth on 127.0.0.1) with a `tfstate` database. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL server programs not found under /usr/lib/postgresql');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-pg-'));
  const asUser = process.getuid?.() === 0 ? 'postgres' : undefined;
  if (asUser) spawnSync('chown', ['-R', asUser, dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  pgRun(bin, ['initdb', '-D', data, '-A', 'trust', '-U', 'aisite', '--no-sync'], asUser);
  pgRun(
    bin,
    ['pg_ctl', '-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'],
    asUser,
  );
  const admin = `postgres://aisite@127.0.0.1:${port}/postgres`;
  const c = new Client({ connectionString: admin });
  await c.connect();
  await c.query('CREATE DATABASE tfstate');
  await c.end();
  const connStr = `postgres://aisite:not-a-real-secret-7f3a@127.0.0.1:${port}/tfstate?sslmode=disable`;
  return {
    connStr,
    port,
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      const q = new Client({ connectionString: connStr });
      await q.connect();
      try {
        return (await q.query(sql, params)).rows as T[];
      } finally {
        await q.end();
      }
    },
    stop() {
      try {
        pgRun(bin, ['pg_ctl', '-D', data, '-m', 'immediate', 'stop'], asUser);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
