/**
 * Paths given to any command: a folder with no site files is a usage error (exit 2) that
 * names the folder, before anything else runs, so a mistyped path cannot turn CI green.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bufferedContext } from '../../../cli/context';
import { runCli } from '../../../cli/main';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-no-sites-'));
  // What `synth` leaves behind is not a site file: still nothing to validate here.
  fs.mkdirSync(path.join(dir, 'cdktf.out', 'stacks', 'x'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'cdktf.out', 'manifest.json'), '{}\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// plan and deploy check Terraform and Docker first (exit 3 where they are missing).
test.each([
  ['validate', []],
  ['synth', ['--out', 'never-written']],
  ['report', []],
  ['graph', []],
  ['status', []],
  ['unlock', ['--auto-approve']],
  ['destroy', ['--auto-approve']],
])('%s <folder without site files>: exit 2 naming the folder', async (command, extra) => {
  const ctx = bufferedContext();
  expect(await runCli([command, dir, ...extra], ctx)).toBe(2);
  expect(ctx.err).toContain(`${dir}: no site files (.yaml, .yml, .json) in this folder or below it`);
  expect(ctx.out).toBe('');
});

test('catalog --with <folder without site files>: exit 2 naming the folder', async () => {
  const ctx = bufferedContext();
  expect(await runCli(['catalog', '--with', dir], ctx)).toBe(2);
  expect(ctx.err).toContain(`${dir}: no site files`);
});

test.each([
  ['deploy', '0'],
  ['deploy', 'two'],
  ['destroy', '1.5'],
])('%s --parallel %s: exit 2 with one line saying what is wanted, before anything runs', async (command, value) => {
  const ctx = bufferedContext();
  expect(await runCli([command, dir, '--auto-approve', '--parallel', value], ctx)).toBe(2);
  expect(ctx.err.split('\n')[0]).toMatch(/^aisite: --parallel must be a whole number of at least 1, but \S+ was given$/);
  expect(ctx.out).toBe('');
});
