import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { fakeBin, tempDir } from '../helpers/fake-bin';
import { actionlint, describeGated, findActionlint, findExec, shellcheck } from '../helpers/gates';

const TEMPLATE = 'templates/ci/aisite-validate.yml';
const AISITE = path.resolve('bin/aisite.js');

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}

const workflow = parse(fs.readFileSync(TEMPLATE, 'utf8')) as {
  permissions: Record<string, string>;
  jobs: { validate: { env: Record<string, string>; steps: Step[] } };
};
const job = workflow.jobs.validate;
const steps = job.steps;
const named = (pattern: RegExp): Step => {
  const s = steps.find((x) => pattern.test(x.name ?? ''));
  if (!s) throw new Error(`${TEMPLATE} has no step named like ${pattern}`);
  return s;
};

describe('the CI workflow template', () => {
  test("installs aisite from the sites repository's lockfile (npm ci), not from a registry name", () => {
    const install = named(/^Install aisite/);
    expect(install.run).toMatch(/^npm ci\b/m);
    expect(steps.filter((s) => /npm install[^\n]*aisite@/.test(s.run ?? ''))).toEqual([]);
  });

  test('uploads the SARIF file only when validate wrote it', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with?.sarif_file).toBe('aisite.sarif');
    expect(upload.if).toBe("always() && hashFiles('aisite.sarif') != ''");
  });

  test('may write security events (needed by upload-sarif)', () => {
    expect(workflow.permissions['security-events']).toBe('write');
  });

  test('no run script has a ${{ }} expression in it (values come in through env)', () => {
    expect(steps.filter((s) => (s.run ?? '').includes('${{')).map((s) => s.name)).toEqual([]);
  });

  test('checks out the whole history, so aisite diff --base can read the base commit', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
  });
});

describeGated('the CI workflow template under actionlint and shellcheck', [actionlint, shellcheck], () => {
  const lint = (file: string) => spawnSync(findActionlint()!, ['-no-color', '-shellcheck', findExec('shellcheck')!, file], { encoding: 'utf8' });

  test('actionlint (with shellcheck on every run script) reports nothing', () => {
    const r = lint(TEMPLATE);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('the same lint catches SC2242 in the old fail step (so shellcheck does run)', () => {
    const dir = tempDir('aisite-actionlint-');
    const file = path.join(dir, 'old.yml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(TEMPLATE, 'utf8')
        .replace(/env:\n\s+CODE: \$\{\{ steps\.validate\.outputs\.code \}\}\n\s+run: exit "\$CODE"/, 'run: exit "${{ steps.validate.outputs.code }}"'),
    );
    const r = lint(file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.stdout).toContain('SC2242');
    expect(r.status).toBe(1);
  });
});

/**
 * Runs the template's shell steps as GitHub Actions would (bash -eo pipefail, GITHUB_OUTPUT,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY, the job's and the step's env) in a scratch git repository
 * with a base and a head commit. `uses:` steps are recorded, not run; `npm` is a stand-in
 * that records its arguments (the repository's node_modules/.bin/aisite runs this checkout).
 */
interface JobRun {
  readonly ran: string[];
  readonly code: number;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly uploaded: boolean;
  readonly npm: string;
  /** gh's arguments, a line per call. */
  readonly gh: string;
  /** The body of the comment gh posted. */
  readonly comment: string;
  readonly log: string;
}

const CONDITIONS: Readonly<Record<string, (ctx: { event: string; outputs: Record<string, string>; dir: string; fork: boolean }) => boolean>> = {
  "always() && hashFiles('aisite.sarif') != ''": (c) => fs.existsSync(path.join(c.dir, 'aisite.sarif')),
  "github.event_name == 'pull_request'": (c) => c.event === 'pull_request',
  "steps.validate.outputs.code != '0'": (c) => c.outputs.code !== '0',
  "github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository && hashFiles('aisite-diff.md') != ''": (c) =>
    c.event === 'pull_request' && !c.fork && fs.existsSync(path.join(c.dir, 'aisite-diff.md')),
};

/** The pull request number the runs pretend to be. */
const PR_NUMBER = '7';

function runJob(dir: string, event: 'push' | 'pull_request', base: string, sites = job.env.SITES, fork = false): JobRun {
  const gh = path.join(dir, '.gh');
  fs.mkdirSync(gh, { recursive: true });
  const files = { GITHUB_OUTPUT: path.join(gh, 'output'), GITHUB_PATH: path.join(gh, 'path'), GITHUB_STEP_SUMMARY: path.join(gh, 'summary') };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const npmLog = path.join(gh, 'npm-args');
  const ghLog = path.join(gh, 'gh-args');
  // gh records its arguments and the comment it would post; --edit-last fails (no earlier comment).
  const ghFake = `printf '%s\\n' "$*" >> '${ghLog}'\ncase "$*" in *--edit-last*) exit 1;; esac\ncp aisite-diff.md '${ghLog}.body'`;
  const fakes = fakeBin(tempDir('aisite-ci-bin-'), { npm: `printf '%s\\n' "$*" >> '${npmLog}'`, gh: ghFake });
  const outputs: Record<string, string> = {};
  const expressions: Readonly<Record<string, () => string>> = {
    'github.event.pull_request.base.sha': () => base,
    'steps.validate.outputs.code': () => outputs.code ?? '',
    'github.token': () => 'token',
    'github.repository': () => 'org/sites',
    'github.event.pull_request.number': () => PR_NUMBER,
  };
  const ran: string[] = [];
  let uploaded = false;
  let log = '';
  let code = 0;
  for (const step of steps) {
    const ctx = { event, outputs, dir, fork };
    if (step.if !== undefined) {
      const condition = CONDITIONS[step.if];
      if (!condition) throw new Error(`the test knows no condition "${step.if}" (step ${step.name}); add it to CONDITIONS`);
      if (!condition(ctx)) continue;
    } else if (code !== 0) {
      break; // a failed step stops the steps without an if
    }
    if (step.uses) {
      if (step.uses.startsWith('github/codeql-action/upload-sarif')) uploaded = true;
      continue;
    }
    const stepEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(step.env ?? {})) {
      stepEnv[k] = String(v).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
        const value = expressions[e];
        if (!value) throw new Error(`the test knows no expression \${{ ${e} }} (step ${step.name}); add it to expressions`);
        return value();
      });
    }
    const added = fs.readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse();
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...job.env,
        SITES: sites,
        ...files,
        ...stepEnv,
        PATH: [...added, fakes, process.env.PATH].join(path.delimiter),
        NO_COLOR: '1',
        GITHUB_ACTIONS: 'true',
      },
    });
    ran.push(step.name ?? step.uses ?? '?');
    log += `--- ${step.name}\n${r.stdout}${r.stderr}`;
    for (const line of fs.readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n')) {
      const m = /^([^=]+)=(.*)$/.exec(line);
      if (m && step.id) outputs[m[1]] = m[2];
    }
    fs.writeFileSync(files.GITHUB_OUTPUT, '');
    if (r.status !== 0) code = r.status ?? 1;
  }
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
  return {
    ran,
    code,
    outputs,
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    uploaded,
    npm: read(npmLog),
    gh: read(ghLog),
    comment: read(`${ghLog}.body`),
    log,
  };
}

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A sites repository (sites/ with two examples, a third site outside it): a base commit, and a head commit that changes the hospital by `headChange`. */
function scratchRepository(headChange: (text: string) => string): { dir: string; base: string } {
  const dir = tempDir('aisite-ci-repo-');
  fs.mkdirSync(path.join(dir, 'sites', 'edge'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', '.bin', 'aisite'), `#!/bin/sh\nexec node '${AISITE}' "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n.gh/\naisite.sarif\naisite-diff.md\n');
  const hospital = fs.readFileSync('examples/daejeon-hospital-01.yaml', 'utf8');
  fs.writeFileSync(path.join(dir, 'sites', 'daejeon-hospital-01.yaml'), hospital);
  fs.copyFileSync('examples/gwangju-factory-01.yaml', path.join(dir, 'sites', 'edge', 'gwangju-factory-01.yaml'));
  fs.copyFileSync('examples/haenam-national-ai-center.yaml', path.join(dir, 'national.yaml'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  fs.writeFileSync(path.join(dir, 'sites', 'daejeon-hospital-01.yaml'), headChange(hospital));
  git(dir, 'commit', '-q', '--allow-empty', '-am', 'head');
  return { dir, base };
}

describe("the CI workflow template's shell steps in a scratch git repository", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const repo = (change: (text: string) => string) => {
    const r = scratchRepository(change);
    dirs.push(r.dir);
    return r;
  };

  test('a clean change on a pull request: installs with npm ci, validates, uploads SARIF, writes the diff to the job summary, passes', () => {
    const { dir, base } = repo((t) => t.replace(/powerBudgetKw: (\d+)/, (_, kw: string) => `powerBudgetKw: ${Number(kw) + 5}`));
    const run = runJob(dir, 'pull_request', base);
    expect(run.log).not.toMatch(/command not found/);
    expect(run.npm).toBe('ci --no-audit --no-fund\n');
    expect(run.code).toBe(0);
    expect(run.outputs.code).toBe('0');
    expect(run.uploaded).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'aisite.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(run.ran).toContain('Site changes (aisite diff) to the job summary');
    expect(run.summary).toContain('daejeon-hospital-01');
    expect(run.summary).toMatch(/^\|.*\|$/m); // a markdown table
    expect(run.summary).not.toContain('haenam-national-ai-center'); // only the SITES paths
    expect(run.ran).not.toContain('Fail on error findings');
  }, 120_000);

  test("on a pull request the diff is also a comment: the last one edited, else a new one with the summary's markdown", () => {
    const { dir, base } = repo((t) => t.replace(/powerBudgetKw: (\d+)/, (_, kw: string) => `powerBudgetKw: ${Number(kw) + 5}`));
    const run = runJob(dir, 'pull_request', base);
    expect(run.ran).toContain('Site changes as a pull request comment');
    expect(run.gh).toBe(`pr comment ${PR_NUMBER} --body-file aisite-diff.md --edit-last\npr comment ${PR_NUMBER} --body-file aisite-diff.md\n`);
    expect(run.comment).toContain('daejeon-hospital-01');
    expect(run.summary).toContain(run.comment);
    expect(run.code).toBe(0);
  }, 120_000);

  test('a pull request from a fork gets the summary but no comment (its token cannot write)', () => {
    const { dir, base } = repo((t) => t);
    const run = runJob(dir, 'pull_request', base, job.env.SITES, true);
    expect(run.ran).toContain('Site changes (aisite diff) to the job summary');
    expect(run.ran).not.toContain('Site changes as a pull request comment');
    expect(run.gh).toBe('');
  }, 120_000);

  test('several paths in SITES are several arguments: a broken site in the second path fails the job with exit 1', () => {
    const { dir, base } = repo((t) => t);
    const factory = path.join(dir, 'sites', 'edge', 'gwangju-factory-01.yaml');
    fs.writeFileSync(factory, fs.readFileSync(factory, 'utf8').replace(/powerBudgetKw: \d+/, 'powerBudgetKw: 1'));
    const run = runJob(dir, 'push', base, 'sites/daejeon-hospital-01.yaml sites/edge');
    expect(run.outputs.code).toBe('1');
    expect(run.log).toMatch(/::error file=sites\/edge\/gwangju-factory-01\.yaml/);
    expect(run.uploaded).toBe(true);
    const results = JSON.parse(fs.readFileSync(path.join(dir, 'aisite.sarif'), 'utf8')).runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toContain('AIS201');
    expect(run.ran).toContain('Fail on error findings');
    expect(run.code).toBe(1);
    expect(run.ran).not.toContain('Site changes (aisite diff) to the job summary');
  }, 120_000);

  test('a path that does not exist: validate exits 2, writes no SARIF, nothing is uploaded, the job fails with 2', () => {
    const { dir, base } = repo((t) => t);
    const run = runJob(dir, 'push', base, 'sites/ no-such-folder/');
    expect(run.outputs.code).toBe('2');
    expect(fs.existsSync(path.join(dir, 'aisite.sarif'))).toBe(false);
    expect(run.uploaded).toBe(false);
    expect(run.code).toBe(2);
  }, 120_000);
});
