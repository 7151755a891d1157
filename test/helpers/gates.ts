/**
 * Gates for tests that need something outside Node: a Docker engine, PostgreSQL, Chromium,
 * Terraform with the provider mirror. Every gated group of tests goes through
 * `describeGated`, which checks exactly the dependencies the group names:
 *
 * - all present: the group runs;
 * - one missing, and none of the group's AISITE_REQUIRE_* variables set: the group is
 *   registered with jest's own `describe.skip`, the reason in its name (gate-reporter.js's
 *   `skippedName`), so jest counts its tests as skipped (never as passed) and the reporter
 *   lists it in the last line of the run;
 * - one missing, and an AISITE_REQUIRE_* variable of the group set (CI): one test that fails,
 *   saying what is missing and which variable demands it.
 *
 * Nothing here starts a system dockerd unless AISITE_REQUIRE_DOCKER=1 asks for an engine.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { dockerEngineMessage, dockerEngineScript, dockerEngineStatus } from '../../deploy/docker-engine';
import { checkBusybox, checkProviderMirror, checkTerraform, Prerequisite } from '../../deploy/prerequisites';
import { skippedName } from './gate-reporter';

/** The variables that turn a missing dependency into a failure. */
export type RequireVariable =
  'AISITE_REQUIRE_DOCKER' | 'AISITE_REQUIRE_POSTGRES' | 'AISITE_REQUIRE_CHROMIUM' | 'AISITE_REQUIRE_MIRROR' | 'AISITE_REQUIRE_LINTERS';

/** Something a group of tests needs. */
export interface Dependency {
  /** What it is, for messages. */
  readonly name: string;
  /** The variable that makes its absence a failure. */
  readonly require: RequireVariable;
  /** Why it is missing on this machine (checked once per test file), or undefined when present. */
  readonly missing: () => string | undefined;
}

/** Whether `variable` is set to 1 in the environment. */
export function required(variable: RequireVariable, env: NodeJS.ProcessEnv = process.env): boolean {
  return env[variable] === '1';
}

function once(check: () => string | undefined): () => string | undefined {
  let result: { value: string | undefined } | undefined;
  return () => (result ??= { value: check() }).value;
}

function problem(p: Prerequisite): string | undefined {
  return p.ok ? undefined : `${p.name}: ${p.detail}${p.fix ? ` — ${p.fix}` : ''}`;
}

/** An executable file named `name` on PATH or at one of `extra`. */
export function findExec(name: string, extra: readonly string[] = []): string | undefined {
  const dirs = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((d) => path.join(d, name));
  return [...dirs, ...extra].find((p) => {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * A Docker engine that answers. A stopped local engine is started (scripts/docker-engine.sh,
 * root only) only when AISITE_REQUIRE_DOCKER=1 demands one; otherwise it is left stopped.
 */
export const dockerEngine: Dependency = {
  name: 'docker engine',
  require: 'AISITE_REQUIRE_DOCKER',
  missing: once(() => {
    let engine = dockerEngineStatus();
    const script = dockerEngineScript();
    if (!engine.running && required('AISITE_REQUIRE_DOCKER') && script && (engine.reason === 'not-running' || engine.reason === 'timeout')) {
      spawnSync('bash', [script, 'start'], { stdio: 'ignore', timeout: 120_000 });
      engine = dockerEngineStatus();
    }
    return engine.running ? undefined : dockerEngineMessage(engine);
  }),
};

/** The docker CLI (no engine needed): tests of how aisite reads its answers. */
export const dockerCli: Dependency = {
  name: 'docker CLI',
  require: 'AISITE_REQUIRE_DOCKER',
  missing: once(() => (findExec('docker') ? undefined : 'docker CLI not found on PATH — apt-get install docker.io')),
};

/** A static busybox for the node image (what every deploy builds). */
export const busybox: Dependency = {
  name: 'busybox',
  require: 'AISITE_REQUIRE_DOCKER',
  missing: once(() => problem(checkBusybox())),
};

/** Terraform 1.5 or later on PATH. */
export const terraform: Dependency = {
  name: 'terraform',
  require: 'AISITE_REQUIRE_MIRROR',
  missing: once(() => problem(checkTerraform())),
};

/** The kreuzwerker/docker provider in the local mirror (scripts/provider-mirror.sh). */
export const providerMirror: Dependency = {
  name: 'provider mirror',
  require: 'AISITE_REQUIRE_MIRROR',
  // The long how-to-get-Go advice stays with `aisite doctor`; here, where to build it.
  missing: once(() => {
    const p = checkProviderMirror();
    return p.ok ? undefined : `${p.name}: ${p.detail} — run scripts/provider-mirror.sh`;
  }),
};

/** The dockerd binary: on PATH or where Debian and Docker's packages put it. */
export function findDockerd(): string | undefined {
  return findExec('dockerd', ['/usr/sbin/dockerd', '/usr/bin/dockerd', '/usr/local/bin/dockerd']);
}

/** A second dockerd of the test's own (test/helpers/swarm-engine.ts): root, dockerd and `ip`. */
export const privateEngine: Dependency = {
  name: 'private dockerd',
  require: 'AISITE_REQUIRE_DOCKER',
  missing: once(() => {
    if (process.getuid?.() !== 0) return 'a private dockerd (second engine) needs root';
    if (!findDockerd()) return 'no dockerd binary (apt-get install docker.io)';
    if (!findExec('ip')) return "no `ip` command to create the private engine's bridge (apt-get install iproute2)";
    return undefined;
  }),
};

/** openssl, to make a CA and certificates. */
export const openssl: Dependency = {
  name: 'openssl',
  require: 'AISITE_REQUIRE_DOCKER',
  missing: once(() => (spawnSync('openssl', ['version']).status === 0 ? undefined : 'no openssl to make certificates (apt-get install openssl)')),
};

/** The folder of PostgreSQL's server programs (Debian: /usr/lib/postgresql/<major>/bin), if any. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const majors = fs
    .readdirSync(root)
    .filter((d) => fs.existsSync(path.join(root, d, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length ? path.join(root, majors[0], 'bin') : undefined;
}

/** PostgreSQL's server programs, for a server of the test's own. */
export const postgres: Dependency = {
  name: 'PostgreSQL',
  require: 'AISITE_REQUIRE_POSTGRES',
  missing: once(() => (postgresBin() ? undefined : 'no PostgreSQL server programs under /usr/lib/postgresql (apt-get install postgresql-15)')),
};

/** The Chromium binary: AISITE_CHROMIUM, else the first of the usual names in /usr/bin or on PATH. */
export function findChromium(): string | undefined {
  if (process.env.AISITE_CHROMIUM) return fs.existsSync(process.env.AISITE_CHROMIUM) ? process.env.AISITE_CHROMIUM : undefined;
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = findExec(
      name,
      dirs.map((d) => path.join(d, name)),
    );
    if (found) return found;
  }
  return undefined;
}

/** Headless Chromium, for screenshots. */
export const chromium: Dependency = {
  name: 'Chromium',
  require: 'AISITE_REQUIRE_CHROMIUM',
  missing: once(() => (findChromium() ? undefined : 'chromium not found (apt-get install chromium, or set AISITE_CHROMIUM to its path)')),
};

/** Microsoft's SARIF Multitool (the dev dependency @microsoft/sarif-multitool): its native binary, if it runs here. */
export function sarifMultitoolPath(): string | undefined {
  try {
    const bin = require('@microsoft/sarif-multitool') as string;
    return spawnSync(bin, ['--version'], { timeout: 60_000 }).status === 0 ? bin : undefined;
  } catch {
    return undefined;
  }
}

/** The SARIF Multitool, to check SARIF against GitHub's ingestion rules. */
export const sarifMultitool: Dependency = {
  name: 'SARIF Multitool',
  require: 'AISITE_REQUIRE_LINTERS',
  missing: once(() =>
    sarifMultitoolPath()
      ? undefined
      : 'the SARIF Multitool from @microsoft/sarif-multitool does not run here — npm ci (it ships a native binary per platform, made executable by its postinstall script: not with --ignore-scripts)',
  ),
};

/** actionlint: AISITE_ACTIONLINT, else on PATH (.ci/run builds it from the Go module proxy). */
export function findActionlint(): string | undefined {
  const given = process.env.AISITE_ACTIONLINT;
  if (!given) return findExec('actionlint');
  try {
    fs.accessSync(given, fs.constants.X_OK);
    return fs.statSync(given).isFile() ? given : undefined;
  } catch {
    return undefined;
  }
}

/** actionlint, the GitHub Actions workflow linter. */
export const actionlint: Dependency = {
  name: 'actionlint',
  require: 'AISITE_REQUIRE_LINTERS',
  missing: once(() =>
    findActionlint()
      ? undefined
      : 'actionlint not found (set AISITE_ACTIONLINT or put it on PATH) — go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12',
  ),
};

/** shellcheck, which actionlint runs on every `run:` script. */
export const shellcheck: Dependency = {
  name: 'shellcheck',
  require: 'AISITE_REQUIRE_LINTERS',
  missing: once(() => (findExec('shellcheck') ? undefined : 'shellcheck not found on PATH — apt-get install shellcheck')),
};

/** What a real deploy needs: an engine, a static busybox, Terraform and the provider mirror. */
export const DEPLOY: readonly Dependency[] = [dockerEngine, busybox, terraform, providerMirror];

/** What stands in the way of `deps` here: one line per missing dependency, and the variables that demand them. */
export function gateOf(deps: readonly Dependency[], env: NodeJS.ProcessEnv = process.env): { missing: string[]; demandedBy: RequireVariable[] } {
  const missing = deps.map((d) => d.missing()).filter((m): m is string => m !== undefined);
  const demandedBy = [...new Set(deps.map((d) => d.require))].filter((v) => required(v, env)).sort();
  return { missing, demandedBy };
}

/**
 * `describe(name, fn)` when every dependency is here; otherwise skipped (reason in the name)
 * or, when one of the dependencies' AISITE_REQUIRE_* variables is set, one failing test.
 */
export function describeGated(name: string, deps: readonly Dependency[], fn: () => void): void {
  const { missing, demandedBy } = gateOf(deps);
  if (!missing.length) {
    describe(name, fn);
  } else if (demandedBy.length) {
    describe(name, () => {
      test(`${name}: required by ${demandedBy.map((v) => `${v}=1`).join(', ')} but cannot run`, () => {
        throw new Error(`${demandedBy.map((v) => `${v}=1`).join(', ')}, but ${name} cannot run: ${missing.join('; ')}`);
      });
    });
  } else {
    describe.skip(skippedName(name, missing, [...new Set(deps.map((d) => d.require))].sort()), fn);
  }
}
