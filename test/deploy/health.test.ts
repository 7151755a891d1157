/** Waiting for healthy containers, against a fake `docker` on PATH. */
import * as fs from 'fs';
import * as path from 'path';
import { ExpectedSite } from '../../deploy/expected-site';
import { UnhealthyError, waitHealthy } from '../../deploy/health';
import { fakeBin, tempDir } from '../helpers/fake-bin';

let tmp: string;
beforeEach(() => {
  tmp = tempDir('aisite-health-');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const expected: ExpectedSite = { site: 's', containers: [{ name: 's-controller', role: 'controller' }, { name: 's-cab-a-npu-0', role: 'node', cabinet: 'cab-a', nodeGroup: 'npu' }], networks: [], volumes: [] };

/** A docker CLI where s-controller is healthy and s-cab-a-npu-0 is `health` (after `flipAfter` listings: healthy). */
function env(health: string, flipAfter = Infinity): Record<string, string> {
  const inspect = (h: string) =>
    JSON.stringify([
      { Id: 'c1', Name: '/s-controller', State: { Status: 'running', Health: { Status: 'healthy' } }, Config: { Labels: {} } },
      { Id: 'c2', Name: '/s-cab-a-npu-0', State: { Status: 'running', Health: { Status: h } }, Config: { Labels: {} } },
    ]);
  fs.writeFileSync(path.join(tmp, 'before.json'), inspect(health));
  fs.writeFileSync(path.join(tmp, 'after.json'), inspect('healthy'));
  const bin = fakeBin(path.join(tmp, 'bin'), {
    docker: `
case "$1" in
  ps) echo x >> ${tmp}/n; printf 'c1\\nc2\\n' ;;
  inspect) if [ "$(wc -l < ${tmp}/n)" -gt ${Number.isFinite(flipAfter) ? flipAfter : 1e9} ]; then cat ${tmp}/after.json; else cat ${tmp}/before.json; fi ;;
  *) ;;
esac`,
  });
  return { PATH: `${bin}:${process.env.PATH}` };
}

describe('waitHealthy', () => {
  test('returns once every expected container is running and healthy', async () => {
    await expect(waitHealthy(expected, { env: env('starting', 2), intervalMs: 10, timeoutSeconds: 10 })).resolves.toEqual(expect.any(Number));
    expect(fs.readFileSync(path.join(tmp, 'n'), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  test('times out naming the containers that are not healthy', async () => {
    const err = await waitHealthy(expected, { env: env('unhealthy'), intervalMs: 10, timeoutSeconds: 0.2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnhealthyError);
    expect((err as Error).message).toBe('1 container of s not healthy after 0.2s: s-cab-a-npu-0 (running, unhealthy)');
  });

  test('an abort (Ctrl-C) ends the wait at once instead of running into the timeout', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await waitHealthy(expected, { env: env('starting'), intervalMs: 10, timeoutSeconds: 60, signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
