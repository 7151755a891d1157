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

const expected: ExpectedSite = {
  site: 's',
  containers: [
    { name: 's-controller', role: 'controller' },
    { name: 's-cab-a-npu-0', role: 'node', cabinet: 'cab-a', nodeGroup: 'npu' },
  ],
  networks: [],
  volumes: [],
};

/**
 * A docker CLI where s-controller is healthy and s-cab-a-npu-0 is `health` (after
 * `flipAfter` listings: healthy); `none` is a container without a healthcheck.
 */
function env(health: string, flipAfter = Infinity): Record<string, string> {
  const inspect = (h: string) =>
    JSON.stringify([
      { Id: 'c1', Name: '/s-controller', State: { Status: 'running', Health: { Status: 'healthy' } }, Config: { Labels: {} } },
      { Id: 'c2', Name: '/s-cab-a-npu-0', State: { Status: 'running', ...(h === 'none' ? {} : { Health: { Status: h } }) }, Config: { Labels: {} } },
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

  test('a running container without a healthcheck (programme fidelity) is ready at the first look', async () => {
    await expect(waitHealthy(expected, { env: env('none'), intervalMs: 10, timeoutSeconds: 10 })).resolves.toEqual(expect.any(Number));
    expect(fs.readFileSync(path.join(tmp, 'n'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  test('times out naming the containers that are not healthy', async () => {
    const err = await waitHealthy(expected, { env: env('unhealthy'), intervalMs: 10, timeoutSeconds: 0.2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnhealthyError);
    expect((err as Error).message).toBe('1 container of s not healthy after 0.2s: s-cab-a-npu-0 (running, unhealthy)');
  });

  test('a container that stopped fails the wait at once, saying how it ended, instead of running into the timeout', async () => {
    const exited = { Status: 'exited', ExitCode: 137, OOMKilled: true };
    fs.writeFileSync(
      path.join(tmp, 'inspect.json'),
      JSON.stringify([
        { Id: 'c1', Name: '/s-controller', State: exited, Config: { Labels: {} }, HostConfig: { Memory: 54 * 1024 ** 2 } },
        { Id: 'c2', Name: '/s-cab-a-npu-0', State: { Status: 'running' }, Config: { Labels: {} } },
      ]),
    );
    const bin = fakeBin(path.join(tmp, 'bin'), { docker: `case "$1" in ps) printf 'c1\\nc2\\n' ;; inspect) cat ${tmp}/inspect.json ;; esac` });
    const err = await waitHealthy(expected, { env: { PATH: `${bin}:${process.env.PATH}` }, intervalMs: 10, timeoutSeconds: 60 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnhealthyError);
    expect((err as Error).message).toBe(
      '1 container of s stopped and will not start again by itself: s-controller (exited 137, killed for memory at its 54 MB limit) — see `docker logs`; deploy again to recreate it',
    );
  });

  test('an abort (Ctrl-C) ends the wait at once instead of running into the timeout', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await waitHealthy(expected, { env: env('starting'), intervalMs: 10, timeoutSeconds: 60, signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('waitHealthy with swarm services', () => {
  const withService: ExpectedSite = { ...expected, services: [{ name: 's-cab-a-rngd', cabinet: 'cab-a', nodeGroup: 'rngd', replicas: 2 }] };

  /** Both containers healthy; service s-cab-a-rngd has tasks t1 (running) and t2 (`second`, with `err`). */
  function swarmEnv(second: string, err?: string): Record<string, string> {
    fs.writeFileSync(
      path.join(tmp, 'containers.json'),
      JSON.stringify([
        { Id: 'c1', Name: '/s-controller', State: { Status: 'running', Health: { Status: 'healthy' } }, Config: { Labels: {} } },
        { Id: 'c2', Name: '/s-cab-a-npu-0', State: { Status: 'running', Health: { Status: 'healthy' } }, Config: { Labels: {} } },
      ]),
    );
    fs.writeFileSync(
      path.join(tmp, 'services.json'),
      JSON.stringify([
        {
          ID: 'sv1',
          Spec: {
            Name: 's-cab-a-rngd',
            Labels: {},
            Mode: { Replicated: { Replicas: 2 } },
            TaskTemplate: {
              Placement: { Constraints: ['node.labels.aisite.accelerator==furiosa-rngd'] },
              Resources: { Reservations: { GenericResources: [{ DiscreteResourceSpec: { Kind: 'NPU', Value: 8 } }] } },
            },
          },
        },
      ]),
    );
    fs.writeFileSync(
      path.join(tmp, 'tasks.json'),
      JSON.stringify([
        { ID: 't1', ServiceID: 'sv1', Slot: 1, DesiredState: 'running', Status: { State: 'running' } },
        { ID: 't2', ServiceID: 'sv1', Slot: 2, DesiredState: 'running', Status: { State: second, ...(err ? { Err: err } : {}) } },
      ]),
    );
    const bin = fakeBin(path.join(tmp, 'bin'), {
      docker: `
case "$*" in
  "service ls"*) echo sv1 ;;
  "service inspect sv1") cat ${tmp}/services.json ;;
  "service ps"*) printf 't1\\nt2\\n' ;;
  "inspect --type task"*) cat ${tmp}/tasks.json ;;
  ps*) printf 'c1\\nc2\\n' ;;
  inspect*) cat ${tmp}/containers.json ;;
esac`,
    });
    return { PATH: `${bin}:${process.env.PATH}` };
  }

  test('returns once every service runs all its replicas', async () => {
    await expect(waitHealthy(withService, { env: swarmEnv('running'), intervalMs: 10, timeoutSeconds: 5 })).resolves.toEqual(expect.any(Number));
  });

  test('times out naming the service, its running tasks and why the others do not run, with the fix', async () => {
    const err = await waitHealthy(withService, {
      env: swarmEnv('pending', 'no suitable node (insufficient resources on 1 node)'),
      intervalMs: 10,
      timeoutSeconds: 0.2,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnhealthyError);
    expect((err as Error).message).toBe(
      '1 service of s not converged after 0.2s: s-cab-a-rngd 1/2 running (no suitable node (insufficient resources on 1 node) — a node needs the label and generic resources the service asks for: node.labels.aisite.accelerator==furiosa-rngd, NPU=8 per task (dockerd --node-generic-resource))',
    );
  });
});
