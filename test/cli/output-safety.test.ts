/**
 * The CLI never deletes or overwrites what aisite did not write: real processes of
 * `bin/aisite.js`, run from a user's project folder, as a new user would.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { outputLockPath } from '../../stacks/output-lock';

const REPO = path.resolve(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'aisite.js');
const EXAMPLE = path.join(REPO, 'examples', 'daejeon-hospital-01.yaml');

let tmp: string;
let proj: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-out-safety-'));
  proj = path.join(tmp, 'proj');
  fs.mkdirSync(path.join(proj, '.git'), { recursive: true });
  fs.copyFileSync(EXAMPLE, path.join(proj, 'site.yaml'));
  fs.writeFileSync(path.join(proj, 'README'), 'my project\n');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function aisite(args: string[], cwd = proj) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
}

function projectFiles(): string[] {
  return fs.readdirSync(proj).sort();
}

test('synth --out ../proj from inside the project is refused with exit 2 and deletes nothing', () => {
  const r = aisite(['synth', 'site.yaml', '--out', '../proj']);
  expect({ code: r.status, err: r.stderr.split('\n')[0] }).toEqual({
    code: 2,
    err: expect.stringMatching(/^aisite: --out \.\.\/proj holds the input site\.yaml/),
  });
  expect(projectFiles()).toEqual(['.git', 'README', 'site.yaml']);
});

test('synth --out onto a folder of the user is refused with exit 2, naming what it holds', () => {
  const r = aisite(['synth', EXAMPLE, '--out', proj], tmp);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/is a folder aisite did not create \(it holds \.git, README, site\.yaml\)/);
  expect(projectFiles()).toEqual(['.git', 'README', 'site.yaml']);
});

test('synth --out the spec itself is refused and the spec is kept', () => {
  const before = fs.readFileSync(path.join(proj, 'site.yaml'), 'utf8');
  const r = aisite(['synth', 'site.yaml', '--out', 'site.yaml']);
  expect(r.status).toBe(2);
  expect(fs.readFileSync(path.join(proj, 'site.yaml'), 'utf8')).toBe(before);
});

test('report -o onto an existing file needs --force; onto the spec never', () => {
  fs.writeFileSync(path.join(proj, 'capacity.md'), 'notes\n');
  expect(aisite(['report', 'site.yaml', '-f', 'markdown', '-o', 'capacity.md']).status).toBe(2);
  expect(fs.readFileSync(path.join(proj, 'capacity.md'), 'utf8')).toBe('notes\n');
  expect(aisite(['report', 'site.yaml', '-f', 'markdown', '-o', 'capacity.md', '--force']).status).toBe(0);
  expect(fs.readFileSync(path.join(proj, 'capacity.md'), 'utf8')).toMatch(/daejeon-hospital-01/);
  const r = aisite(['validate', 'site.yaml', '-o', 'site.yaml', '--force']);
  expect(r.status).toBe(2);
  expect(fs.readFileSync(path.join(proj, 'site.yaml'), 'utf8')).toBe(fs.readFileSync(EXAMPLE, 'utf8'));
});

test('a synth while another run holds the output folder is refused with exit 3 and leaves its output alone', async () => {
  expect(aisite(['synth', 'site.yaml']).status).toBe(0);
  const before = fs.readFileSync(path.join(proj, 'cdktf.out', 'manifest.json'), 'utf8');
  const holder = spawn('sleep', ['30'], { stdio: 'ignore' });
  try {
    fs.writeFileSync(outputLockPath(path.join(proj, 'cdktf.out')), JSON.stringify({ pid: holder.pid, command: 'deploy', since: 'now' }));
    const r = aisite(['synth', 'site.yaml']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`another aisite run (pid ${holder.pid}, \`deploy\``);
    expect(fs.readFileSync(path.join(proj, 'cdktf.out', 'manifest.json'), 'utf8')).toBe(before);
  } finally {
    holder.kill('SIGKILL');
  }
});

test('a synth killed mid-way leaves nothing that the next synth does not clean up', () => {
  // What a kill -9 between "made the new folder" and "swapped it in" leaves behind.
  const dead = 2 ** 22 + 17;
  fs.mkdirSync(path.join(proj, `.cdktf.out.aisite-tmp-${dead}`));
  fs.writeFileSync(path.join(proj, `.cdktf.out.aisite-lock`), JSON.stringify({ pid: dead, command: 'synth', since: 'then' }));
  expect(aisite(['synth', 'site.yaml']).status).toBe(0);
  expect(projectFiles()).toEqual(['.git', 'README', 'cdktf.out', 'site.yaml']);
});
