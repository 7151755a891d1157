/**
 * A fake Docker engine for unit tests: `docker` on the PATH of the environment it returns
 * runs test/helpers/fake-docker.js against objects kept in a JSON file. Several engines
 * can share one call log (each line starts with the engine's name), so a test sees what
 * was asked of which engine, in which order.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fakeBin } from './fake-bin';

/** An object on a fake engine. */
export interface FakeObject {
  readonly id: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** A container on a fake engine and the networks (by name) it is attached to. */
export interface FakeContainer extends FakeObject {
  readonly networks: readonly string[];
}

export interface FakeEngineObjects {
  readonly containers?: readonly FakeContainer[];
  readonly networks?: readonly FakeObject[];
  readonly volumes?: readonly FakeObject[];
}

export interface FakeEngine {
  /** The environment whose `docker` is this engine (PATH first, then the real one). */
  readonly env: Record<string, string>;
  /** The bin folder holding its `docker` (add more fakes there with fakeBin). */
  readonly bin: string;
  /** What is left on the engine. */
  objects(): { containers: FakeContainer[]; networks: FakeObject[]; volumes: FakeObject[] };
}

/** Lines of the shared call log: `<engine>: <docker args>` (and whatever else wrote there). */
export function readLog(log: string): string[] {
  return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

/** Creates engine `name` under `dir`, logging into `log`. */
export function fakeDockerEngine(dir: string, name: string, log: string, objects: FakeEngineObjects): FakeEngine {
  const home = path.join(dir, name);
  fs.mkdirSync(home, { recursive: true });
  const stateFile = path.join(home, 'state.json');
  fs.writeFileSync(stateFile, JSON.stringify({ containers: objects.containers ?? [], networks: objects.networks ?? [], volumes: objects.volumes ?? [] }));
  const bin = fakeBin(path.join(home, 'bin'), { docker: `exec "${process.execPath}" "${path.join(__dirname, 'fake-docker.js')}" "$@"` });
  return {
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: home, FAKE_DOCKER_NAME: name, FAKE_DOCKER_STATE: stateFile, FAKE_DOCKER_LOG: log },
    bin,
    objects: () => JSON.parse(fs.readFileSync(stateFile, 'utf8')),
  };
}
