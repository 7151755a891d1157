/**
 * When aisite is killed (kill -9, which it cannot catch), the Terraform it started is
 * interrupted by the kernel (setpriv --pdeathsig) instead of running on. A real aisite
 * process (dist/) runs a fake terraform that records the interrupt.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parentDeathSupervisor } from '../../deploy/terraform';
import { ensureBuilt, REPO } from '../helpers/deploy-env';
import { fakeBin, tempDir } from '../helpers/fake-bin';

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

test('on Linux, Terraform is started under setpriv (util-linux, part of every Debian)', () => {
  expect(parentDeathSupervisor()).toMatch(/\/setpriv$/);
});

test('a Terraform started by a killed aisite is interrupted, not left running', async () => {
  ensureBuilt();
  const tmp = tempDir('aisite-pdeath-');
  const started = path.join(tmp, 'started');
  const interrupted = path.join(tmp, 'interrupted');
  const bin = fakeBin(path.join(tmp, 'bin'), {
    terraform: `trap 'echo INT > "${interrupted}"; exit 130' INT\necho $$ > "${started}"\nwhile :; do sleep 0.05; done`,
  });
  const script = `require(${JSON.stringify(path.join(REPO, 'dist', 'deploy', 'terraform.js'))}).runTerraform(['apply'], { dir: ${JSON.stringify(tmp)}, env: { PATH: ${JSON.stringify(`${bin}:/usr/bin:/bin`)}, HOME: ${JSON.stringify(tmp)} } }).catch(() => undefined);`;
  const aisite = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  let tfPid = 0;
  try {
    expect(await until(() => fs.existsSync(started) && fs.readFileSync(started, 'utf8').trim() !== '', 10_000)).toBe(true);
    tfPid = Number(fs.readFileSync(started, 'utf8').trim());
    aisite.kill('SIGKILL');
    expect(await until(() => fs.existsSync(interrupted), 5_000)).toBe(true);
  } finally {
    aisite.kill('SIGKILL');
    if (tfPid) spawnSync('kill', ['-9', String(tfPid)]);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 60_000);
