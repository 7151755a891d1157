/**
 * Shared state in PostgreSQL, for real: a PostgreSQL server of the test's own (the one
 * installed on the machine, own data folder and port), the real Docker engine, Terraform
 * and its pg backend. The lock queries need only PostgreSQL; the deploys need Docker too
 * (test/helpers/gates.ts). AISITE_REQUIRE_POSTGRES=1 (CI) makes a group that cannot run a failure.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Client } from 'pg';
import { endSessions, lockHolders } from '../../deploy/pg-state';
import { collect, DeployEnv, describeDeploy, INTEGRATION_TIMEOUT, labelled, planOutput, waitForOutput } from '../helpers/deploy-env';
import { describeGated, postgres } from '../helpers/gates';
import { startPostgres, TestPostgres } from '../helpers/postgres';

const usePg = (doc: { setIn(path: unknown[], value: unknown): void }) => doc.setIn(['spec', 'state'], { backend: 'pg' });
const schemaOf = (site: string) => `aisite_${site.replace(/-/g, '_')}`;
/** PGAPPNAME prefix of aisite's Terraform runs (deploy/terraform.ts: aisite/<site>/<pid>). */
const APP_PREFIX = 'aisite/';

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The pids of `terraform apply` processes working in a folder under `dir`. */
function terraformApplies(dir: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return (
          fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').slice(0, 2).join(' ').endsWith('terraform apply') &&
          fs.readlinkSync(`/proc/${p}/cwd`).startsWith(dir)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

describeGated('state in PostgreSQL: lock holders (real PostgreSQL, no Docker)', [postgres], () => {
  const SITE = 'aisite-pg-locks';
  let pg: TestPostgres;

  beforeAll(async () => {
    pg = await startPostgres();
  }, INTEGRATION_TIMEOUT);

  afterAll(() => pg?.stop());

  test('a session holding the lock of a state not yet created is named, and ending it frees the lock', async () => {
    const holder = new Client({ connectionString: pg.connStr, application_name: `${APP_PREFIX}${SITE}/4242` });
    holder.on('error', () => undefined); // its session is ended below, on purpose
    await holder.connect();
    try {
      // Terraform's pg backend locks a state that has no row yet under the key -1.
      await holder.query('SELECT pg_advisory_lock(-1)');
      const holders = await lockHolders(SITE, schemaOf(SITE), { PG_CONN_STR: pg.connStr });
      expect(holders.map((h) => ({ application: h.application, client: h.client }))).toEqual([
        { application: `${APP_PREFIX}${SITE}/4242`, client: '127.0.0.1' },
      ]);
      expect(
        await endSessions(
          SITE,
          holders.map((h) => h.pid),
          { PG_CONN_STR: pg.connStr },
        ),
      ).toBe(1);
      expect(await lockHolders(SITE, schemaOf(SITE), { PG_CONN_STR: pg.connStr })).toEqual([]);
    } finally {
      await holder.end().catch(() => undefined);
    }
  });

  test("the lock of another site is not this site's", async () => {
    const other = new Client({ connectionString: pg.connStr, application_name: `${APP_PREFIX}another-site/1` });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(-1)');
      expect(await lockHolders(SITE, schemaOf(SITE), { PG_CONN_STR: pg.connStr })).toEqual([]);
    } finally {
      await other.end();
    }
  });

  test('a server that does not answer: one line with the endpoint, never the password', async () => {
    const err = await lockHolders(SITE, schemaOf(SITE), { PG_CONN_STR: 'postgres://aisite:hunter2@127.0.0.1:1/tfstate' }).catch((e: unknown) => e);
    expect((err as Error).message).toBe(`PostgreSQL for the state of ${SITE} does not answer at 127.0.0.1:1 (ECONNREFUSED) — start it, or fix PG_CONN_STR`);
  });
});

describeDeploy('state in PostgreSQL (real PostgreSQL, Docker engine and Terraform)', [postgres], () => {
  let pg: TestPostgres;
  let env: DeployEnv;
  let started: number;

  beforeAll(async () => {
    started = Date.now();
    pg = await startPostgres();
    env = new DeployEnv('it-pg');
  }, INTEGRATION_TIMEOUT);

  afterAll(async () => {
    const left = await env.cleanup({ PG_CONN_STR: pg.connStr });
    pg.stop();
    console.log(`state in PostgreSQL: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    expect(left).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  test('a missing PG_CONN_STR: exit 3 naming it, nothing deployed', async () => {
    const { file, name } = env.site('daejeon-hospital-01.yaml', 'pgnoenv', usePg);
    const r = await env.cli(['deploy', file, '--auto-approve'], { PG_CONN_STR: undefined });
    expect(r.code).toBe(3);
    expect(r.err).toBe(
      `aisite: ${name} keeps its Terraform state in PostgreSQL (state.backend: pg), but PG_CONN_STR is not set — export PG_CONN_STR=postgres://USER:PASSWORD@HOST:5432/DATABASE\n`,
    );
    expect(labelled(name).containers).toEqual([]);
  });

  test('PostgreSQL not answering: exit 3, one line without the password, nothing deployed', async () => {
    const { file, name } = env.site('daejeon-hospital-01.yaml', 'pgdown', usePg);
    const r = await env.cli(['deploy', file, '--auto-approve'], { PG_CONN_STR: 'postgres://aisite:hunter2@127.0.0.1:1/tfstate' });
    expect(r.code).toBe(3);
    expect(r.err).toBe(`aisite: PostgreSQL for the state of ${name} does not answer at 127.0.0.1:1 (ECONNREFUSED) — start it, or fix PG_CONN_STR\n`);
    expect(labelled(name).containers).toEqual([]);
  });

  test(
    'deploys with the state in PostgreSQL: the state row is there, no local state file, no credentials in the synthesized files',
    async () => {
      const { file, name } = env.site('daejeon-hospital-01.yaml', 'pgstate', usePg);
      const r = await env.cli(['deploy', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      const rows = await pg.query<{ name: string; data: string }>(`SELECT name, data FROM "${schemaOf(name)}".states`);
      expect(rows.map((x) => x.name)).toEqual(['default']);
      const state = JSON.parse(rows[0].data) as { resources: Array<{ type: string }> };
      expect(state.resources.filter((x) => x.type === 'docker_container').length).toBeGreaterThan(0);
      expect(filesUnder(path.join(env.stateDir, name))).toEqual([]);
      const synthesized = filesUnder(env.out).filter((f) => !f.includes(`${path.sep}.terraform${path.sep}`) && !f.endsWith('.tfplan'));
      expect(synthesized.length).toBeGreaterThan(0);
      for (const f of synthesized) expect({ f, leaks: fs.readFileSync(f, 'utf8').includes('not-a-real-secret') }).toEqual({ f, leaks: false });
      const again = await env.cli(['plan', file, '--detailed-exitcode'], { PG_CONN_STR: pg.connStr });
      expect(planOutput(again.out).rest).toBe(`${name}: no changes\n`);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'two deploys of one site at once from two checkouts: the second fails on the state lock with a clear message; with --lock-timeout it waits; the state stays whole',
    async () => {
      const { file, name } = env.site('daejeon-hospital-01.yaml', 'pglock', usePg);
      // A second checkout: its own output folder (so the output folder's own lock is not
      // what stops it), the same state in PostgreSQL.
      const elsewhere = new DeployEnv('it-pg-elsewhere');
      const first = env.spawnCli(['deploy', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
      const firstDone = collect(first);
      try {
        await waitForOutput(first, 'stdout', /^ {2}created /m, 120_000);
        const second = await elsewhere.cli(['deploy', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
        expect({ code: second.code, err: second.err }).toEqual({
          code: 1,
          err: expect.stringContaining(`aisite: ${name}: plan failed: the state of ${name} is locked by another run`),
        });
        expect(second.err).toContain(`aisite unlock --site ${name}`);
        const waiting = await elsewhere.cli(['deploy', file, '--auto-approve', '--lock-timeout', '120'], { PG_CONN_STR: pg.connStr });
        expect({ code: waiting.code, err: waiting.err }).toEqual({ code: 0, err: '' });
      } finally {
        expect((await firstDone).code).toBe(0);
        await elsewhere.cleanup({ PG_CONN_STR: pg.connStr });
      }
      const plan = await env.cli(['plan', file, '--detailed-exitcode'], { PG_CONN_STR: pg.connStr });
      expect(planOutput(plan.out).rest).toBe(`${name}: no changes\n`);
      expect(labelled(name).containers).toHaveLength(10);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'a deploy that hangs holding the lock: `aisite unlock` names its session, asks, ends it; the next deploy converges',
    async () => {
      const { file, name } = env.site('daejeon-hospital-01.yaml', 'pghang', usePg);
      const child = env.spawnCli(['deploy', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
      const done = collect(child);
      await waitForOutput(child, 'stdout', /^ {2}created /m, 120_000);
      // Freeze Terraform (a hung runner): its PostgreSQL session and lock stay; then kill aisite.
      const applies = terraformApplies(env.dir);
      expect(applies).toHaveLength(1);
      process.kill(-applies[0], 'SIGSTOP');
      child.kill('SIGKILL');
      await done;
      try {
        const locked = await env.cli(['deploy', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
        expect(locked.code).toBe(1);
        expect(locked.err).toContain('is locked by another run');

        const unasked = await env.cli(['unlock', file], { PG_CONN_STR: pg.connStr });
        expect(unasked.code).toBe(2);
        expect(unasked.out).toMatch(new RegExp(`^${name}: locked by PostgreSQL session \\d+ \\(aisite/${name}/\\d+, from 127\\.0\\.0\\.1, since `));
        expect(unasked.err).toContain('pass --auto-approve');

        const unlock = await env.cli(['unlock', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
        expect({ code: unlock.code, err: unlock.err }).toEqual({ code: 0, err: '' });
        expect(unlock.out).toContain(`${name}: unlocked (1 session ended)\n`);
        expect((await env.cli(['unlock', file], { PG_CONN_STR: pg.connStr })).out).toBe(`${name}: not locked\n`);
      } finally {
        process.kill(-applies[0], 'SIGKILL');
      }
      const again = await env.cli(['deploy', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
      expect({ code: again.code, err: again.err }).toEqual({ code: 0, err: '' });
      const status = await env.cli(['status', file], { PG_CONN_STR: pg.connStr });
      expect(status.out).toContain(`✔ ${name}: 10/10 containers healthy`);
      const d = await env.cli(['destroy', file, '--auto-approve'], { PG_CONN_STR: pg.connStr });
      expect({ code: d.code, err: d.err }).toEqual({ code: 0, err: '' });
    },
    INTEGRATION_TIMEOUT,
  );
});
