import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { bufferedContext } from '../../../cli/context';
import { runCli } from '../../../cli/main';
import { MINUS } from '../../../spec/diff/number-format';
import { validatePaths } from '../../../spec/validate';
import { scratchRepo, ScratchRepo } from '../../helpers/git-repo';
import { mdcSite } from '../../helpers/site-fixture';

/** Runs the aisite command line in `dir`, as a user in that folder would. */
async function aisite(dir: string, ...argv: string[]) {
  const ctx = bufferedContext();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await runCli(argv, ctx);
    return { code, out: ctx.out, err: ctx.err };
  } finally {
    process.chdir(cwd);
  }
}

const HOSPITAL_FILE = 'examples/daejeon-hospital-01.yaml';
const HOSPITAL = fs.readFileSync(HOSPITAL_FILE, 'utf8');
/** The hospital's accelerators before the change; the change adds 2 servers of 8 NPUs. */
const CAPACITY = validatePaths([HOSPITAL_FILE]).sites[0].capacity;
const BEFORE = CAPACITY.accelerators;
const AFTER = BEFORE + 2 * 8;
const RNGD_BEFORE = CAPACITY.byModel['furiosa-rngd'].accelerators;

/** A second site whose subnets do not overlap the hospital's. */
function secondSite() {
  const s = mdcSite('second-site');
  s.spec.fabrics![0].subnet = '10.99.0.0/24';
  s.spec.fabrics![1].subnet = '10.99.1.0/24';
  return s;
}

describe('aisite diff --base against a real git repository', () => {
  let repo: ScratchRepo;
  beforeEach(() => {
    repo = scratchRepo('aisite-diff-e2e-');
    repo.write('sites/daejeon-hospital-01.yaml', HOSPITAL);
    repo.write('sites/second.yaml', stringify(secondSite()));
    repo.commit('base');
    // the change under review: two more servers in the hospital's cabinet
    repo.write('sites/daejeon-hospital-01.yaml', HOSPITAL.replace(/count: 4(\s)/, 'count: 6$1'));
    repo.commit('two more NPU servers');
  });
  afterEach(() => repo.dispose());

  test('text: the changed site with its accelerators, power and twin, exit 0', async () => {
    const r = await aisite(repo.dir, 'diff', '--base', 'HEAD~1', 'sites/');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('aisite diff HEAD~1 → working tree');
    expect(r.out).toContain('2 sites: 1 changed, 1 unchanged.');
    expect(r.out).toMatch(new RegExp(`accelerators\\s+${BEFORE}\\s+${AFTER}\\s+\\+16`));
    expect(r.out).toMatch(new RegExp(`furiosa-rngd .* ${RNGD_BEFORE}\\s+${RNGD_BEFORE + 16}\\s+\\+16`));
    expect(r.out).toContain('daejeon-hospital-01-cab-a-rngd-{4..5}');
    expect(r.out).not.toContain('second-site');
  });

  test('--exit-code exits 1 when something changed', async () => {
    expect((await aisite(repo.dir, 'diff', '--base', 'HEAD~1', 'sites/', '--exit-code')).code).toBe(1);
  });

  test('--exit-code exits 0 when nothing changed', async () => {
    const r = await aisite(repo.dir, 'diff', '--base', 'HEAD', 'sites/', '--exit-code');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No changes');
  });

  test('markdown: tables in the open, details folded', async () => {
    const r = await aisite(repo.dir, 'diff', '--base', 'HEAD~1', 'sites', '-f', 'markdown');
    expect(r.out).toContain('## ~ daejeon-hospital-01 (changed)');
    expect(r.out).toContain(`| accelerators | ${BEFORE} | ${AFTER} | +16 |  |`);
    expect(r.out).toContain('<details><summary>Cabinets and node groups (1)</summary>');
  });

  test('json: the documented shape, parseable', async () => {
    const r = await aisite(repo.dir, 'diff', '--base', 'HEAD~1', '-f', 'json');
    const data = JSON.parse(r.out);
    expect([data.schema, data.before, data.after, data.changed]).toEqual(['aisite.dev/diff/v1', 'HEAD~1', 'working tree', true]);
    expect(data.sites.find((s: { name: string }) => s.name === 'daejeon-hospital-01').totals.accelerators).toEqual({ before: BEFORE, after: AFTER, delta: 16 });
  });

  test('a site deleted since the revision is removed, shown whole with negative figures', async () => {
    repo.remove('sites/second.yaml');
    const r = await aisite(repo.dir, 'diff', '--base', 'HEAD', 'sites/');
    expect(r.out).toContain(`${MINUS} second-site (removed)`);
    expect(r.out).toMatch(new RegExp(`accelerators\\s+32\\s+0\\s+${MINUS}32`));
  });

  test('invalid YAML in the working tree is reported as a finding, not a stack trace', async () => {
    repo.write('sites/second.yaml', 'metadata: [unclosed\n');
    const r = await aisite(repo.dir, 'diff', '--base', 'HEAD', 'sites/');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/introduced\s+AIS0\d\d\s+error\s+sites\/second\.yaml:\d+:\d+/);
  });

  test('a revision that does not exist: exit 2 with one line naming it', async () => {
    const r = await aisite(repo.dir, 'diff', '--base', 'no-such-ref', 'sites/');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(/^aisite: --base no-such-ref: not a commit/);
  });

  test('a missing path: exit 2', async () => {
    const r = await aisite(repo.dir, 'diff', '--base', 'HEAD', 'nowhere/');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^aisite: nowhere\/: no such file or directory, neither now nor at HEAD/);
  });
});

describe('aisite diff outside git', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-diff-'));
    fs.mkdirSync(path.join(dir, 'old'));
    fs.mkdirSync(path.join(dir, 'new'));
    fs.writeFileSync(path.join(dir, 'old/a.yaml'), stringify(mdcSite()));
    const grown = mdcSite();
    grown.spec.tenants![0].limit = 32;
    fs.writeFileSync(path.join(dir, 'new/a.yaml'), stringify(grown));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("OLD NEW folders: the tenant's new limit and effective allocation", async () => {
    const r = await aisite(dir, 'diff', 'old', 'new');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/~\s+radiology-ai\s+inference\s+16\s+24 → 32\s+2\s+24 → 32 \(\+8\)/);
  });

  test('OLD NEW files work as folders do', async () => {
    const r = await aisite(dir, 'diff', 'old/a.yaml', 'new/a.yaml', '--exit-code');
    expect(r.code).toBe(1);
  });

  test('the same site in another file is not a change', async () => {
    fs.renameSync(path.join(dir, 'new/a.yaml'), path.join(dir, 'new/b.yaml'));
    fs.writeFileSync(path.join(dir, 'new/b.yaml'), stringify(mdcSite()));
    expect((await aisite(dir, 'diff', 'old', 'new', '--exit-code')).code).toBe(0);
  });

  test('one path without --base: exit 2 with one line saying what to give', async () => {
    const r = await aisite(dir, 'diff', 'old');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('aisite: aisite diff needs two paths, OLD and NEW, or --base REF with the paths to compare, but 1 path was given');
  });

  test('--base outside a git repository: exit 2', async () => {
    const r = await aisite(dir, 'diff', '--base', 'HEAD', 'old');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^aisite: --base needs a git repository/);
  });

  test('a missing OLD: exit 2', async () => {
    const r = await aisite(dir, 'diff', 'gone', 'new');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^aisite: gone: no such file or directory/);
  });
});
