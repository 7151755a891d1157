import * as fs from 'fs';
import * as path from 'path';
import { EngineHangError, watchEngine } from '../../deploy/engine-watchdog';
import { runTerraform } from '../../deploy/terraform';
import { fakeBin, tempDir } from '../helpers/fake-bin';

let dir: string;
beforeEach(() => {
  dir = tempDir('aisite-watchdog-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A PATH whose docker answers `network ls` at once, or never (`sleep`). */
function dockerThat(hangs: boolean): Record<string, string> {
  const bin = fakeBin(path.join(dir, 'bin'), { docker: hangs ? 'exec sleep 30' : 'exit 0' });
  return { ...process.env, PATH: `${bin}:${process.env.PATH}` } as Record<string, string>;
}

function firstHang(env: Record<string, string>, waitMs: number): Promise<EngineHangError | undefined> {
  return new Promise((resolve) => {
    const w = watchEngine({
      env,
      intervalMs: 50,
      timeoutMs: 300,
      onHang: (e) => {
        clearTimeout(timer);
        resolve(e);
      },
    });
    const timer = setTimeout(() => {
      w.stop();
      resolve(undefined);
    }, waitMs);
  });
}

describe('watchEngine', () => {
  test('reports an engine whose `docker network ls` does not answer in time, naming the restart', async () => {
    const e = await firstHang(dockerThat(true), 3000);
    expect(e).toBeInstanceOf(EngineHangError);
    expect(e?.message).toMatch(/^docker engine stopped answering \(`docker network ls` gave no answer within 0 s\); .*scripts\/docker-engine\.sh restart/);
  });

  test('stays quiet while the engine answers', async () => {
    expect(await firstHang(dockerThat(false), 600)).toBeUndefined();
  });
});

describe('runTerraform with watchEngine', () => {
  test('kills a Terraform that waits on a hung engine and fails with EngineHangError', async () => {
    // A "terraform" that would wait 60 s (as one blocked on Docker does), and a hung docker.
    const bin = fakeBin(path.join(dir, 'bin'), { docker: 'exec sleep 30', terraform: 'trap "" INT\nsleep 60' });
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` } as Record<string, string>;
    const started = Date.now();
    const run = runTerraform(['apply'], { dir, env, watchEngine: { intervalMs: 100, timeoutMs: 500 } });
    await expect(run).rejects.toBeInstanceOf(EngineHangError);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
