import * as fs from 'fs';
import * as path from 'path';
import { DOCKER_TIMEOUT_MS, runDocker, runDockerAsync } from '../../deploy/docker-cli';
import { fakeBin, tempDir } from '../helpers/fake-bin';

let bin: string;
beforeAll(() => {
  bin = fakeBin(path.join(tempDir('aisite-docker-cli-'), 'bin'), {
    docker: 'if [ "$1" = hang ]; then exec /bin/sleep 5; fi\necho "args=$* host=$DOCKER_HOST"',
  });
});
afterAll(() => fs.rmSync(path.dirname(bin), { recursive: true, force: true }));

test('runs the docker CLI found on the given PATH with that environment', () => {
  const r = runDocker(['ps', '-q'], { PATH: bin, DOCKER_HOST: 'tcp://rack-b:2376' });
  expect({ status: r.status, out: r.stdout }).toEqual({ status: 0, out: 'args=ps -q host=tcp://rack-b:2376\n' });
});

test('a call past its time limit is killed and reported as ETIMEDOUT', () => {
  const r = runDocker(['hang'], { PATH: bin }, 200);
  expect((r.error as NodeJS.ErrnoException | undefined)?.code).toBe('ETIMEDOUT');
});

test('the named limits: a version probe is shorter than an endpoint call, which is shorter than any call', () => {
  expect(DOCKER_TIMEOUT_MS.version).toBeLessThan(DOCKER_TIMEOUT_MS.endpoints);
  expect(DOCKER_TIMEOUT_MS.endpoints).toBeLessThan(DOCKER_TIMEOUT_MS.call);
});

describe('runDockerAsync', () => {
  test('gives the same answer as runDocker, with that environment', async () => {
    const r = await runDockerAsync(['ps', '-q'], { PATH: bin, DOCKER_HOST: 'tcp://rack-b:2376' });
    expect({ status: r.status, out: r.stdout }).toEqual({ status: 0, out: 'args=ps -q host=tcp://rack-b:2376\n' });
  });

  test('does not block: a timer set before the call fires while it runs', async () => {
    const fired: string[] = [];
    setTimeout(() => fired.push('timer'), 10);
    const call = runDockerAsync(['hang'], { PATH: bin }, 300).then(() => fired.push('call'));
    await call;
    expect(fired).toEqual(['timer', 'call']);
  });

  test('a call past its time limit is killed and reported as ETIMEDOUT', async () => {
    expect((await runDockerAsync(['hang'], { PATH: bin }, 200)).error?.code).toBe('ETIMEDOUT');
  });

  test('no docker CLI: ENOENT, not a throw', async () => {
    expect((await runDockerAsync(['ps'], { PATH: path.join(bin, 'nowhere') })).error?.code).toBe('ENOENT');
  });
});
