import { spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExternalError } from '../../spec/errors';
import { holdsOutputLock, lockOutput, lockOutputNow, outputLockPath, releaseOutputLock, releaseOutputLocks } from '../../stacks/output-lock';

let tmp: string;
let out: string;
let other: ChildProcess | undefined;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-lock-'));
  out = path.join(tmp, 'cdktf.out');
});
afterEach(() => {
  releaseOutputLocks();
  other?.kill('SIGKILL');
  other = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A lock file as another run (a live process) writes it. */
function heldByAnotherProcess(): number {
  other = spawn('sleep', ['30'], { stdio: 'ignore' });
  fs.writeFileSync(outputLockPath(out), JSON.stringify({ pid: other.pid, command: 'deploy', since: '2026-11-27T10:00:00.000Z' }));
  return other.pid!;
}

test('takes a free lock and releases it', () => {
  lockOutputNow(out, 'synth');
  expect(JSON.parse(fs.readFileSync(outputLockPath(out), 'utf8'))).toMatchObject({ pid: process.pid, command: 'synth' });
  releaseOutputLock(out);
  expect(fs.existsSync(outputLockPath(out))).toBe(false);
});

test('a lock held by another live run is refused with exit 3, naming the run', () => {
  const pid = heldByAnotherProcess();
  let e: unknown;
  try {
    lockOutputNow(out, 'deploy');
  } catch (x) {
    e = x;
  }
  expect(e).toBeInstanceOf(ExternalError);
  expect((e as Error).message).toContain(`another aisite run (pid ${pid}, \`deploy\`, since 2026-11-27T10:00:00.000Z) is using ${out}`);
  expect(holdsOutputLock(out)).toBe(false);
});

test('the lock of a killed run is taken over', () => {
  fs.writeFileSync(outputLockPath(out), JSON.stringify({ pid: 2 ** 22 + 17, command: 'deploy', since: 'x' }));
  lockOutputNow(out, 'plan');
  expect(JSON.parse(fs.readFileSync(outputLockPath(out), 'utf8'))).toMatchObject({ pid: process.pid, command: 'plan' });
});

test('with a wait, the lock is taken once the other run ends', async () => {
  heldByAnotherProcess();
  setTimeout(() => other?.kill('SIGKILL'), 300);
  await lockOutput(out, 'deploy', 10, 50);
  expect(holdsOutputLock(out)).toBe(true);
});

test('with a wait that runs out, the refusal says how long it waited', async () => {
  heldByAnotherProcess();
  await expect(lockOutput(out, 'deploy', 0.2, 50)).rejects.toThrow(/waited 0\.2 s/);
});

test('the same process may take its own lock again', () => {
  lockOutputNow(out, 'deploy');
  expect(() => lockOutputNow(out, 'synth')).not.toThrow();
});
