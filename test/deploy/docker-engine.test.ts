/**
 * The Docker engine check and scripts/docker-engine.sh. Failures are classified with a fake
 * `docker` on PATH that prints the CLI's real error texts; the rest uses the real engine
 * (gated: skipped, saying why, when none answers; AISITE_REQUIRE_DOCKER=1 makes that a
 * failure), which these tests never start or stop. Starting dockerd is exercised with a fake dockerd inside
 * fresh pid and mount namespaces, where the real engine is invisible.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { classifyDockerFailure, dockerEngineMessage, dockerEngineScript, dockerEngineStatus, ensureDockerEngine } from '../../deploy/docker-engine';
import { ExternalError } from '../../spec/errors';
import { dockerdPid, failing, fakeBin, NOT_RUNNING, PERMISSION_DENIED, tempDir } from '../helpers/fake-bin';
import { describeGated, dockerCli, dockerEngine } from '../helpers/gates';

const SCRIPT = path.resolve(__dirname, '../../scripts/docker-engine.sh');
const NO_SOCKET = 'unix:///nonexistent.sock';
const isRoot = process.getuid?.() === 0;

let tmp: string;
let state: string;
beforeEach(() => {
  tmp = tempDir('aisite-engine-');
  state = path.join(tmp, 'state');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** An environment whose `docker` (and whatever else is given) are fakes. */
function fakeEnv(commands: Readonly<Record<string, string>>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const bin = fakeBin(path.join(tmp, 'bin'), commands);
  return { PATH: `${bin}:/usr/sbin:/usr/bin:/sbin:/bin`, HOME: tmp, AISITE_STATE_HOME: state, ...extra };
}

/** The real environment, with the script's state kept in the temp folder. */
function realEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, AISITE_STATE_HOME: state, ...extra };
}

function script(args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync('bash', [SCRIPT, ...args], { env, encoding: 'utf8', timeout: 30_000 });
}

function expectEngineUntouched(before: string | undefined): void {
  expect(dockerdPid()).toBe(before);
  if (before) expect(fs.existsSync(`/proc/${before}`)).toBe(true);
}

describe('dockerEngineStatus', () => {
  test('permission denied on the socket says so and how to join the docker group', () => {
    const s = dockerEngineStatus(fakeEnv({ docker: failing(PERMISSION_DENIED) }));
    expect(s).toMatchObject({ running: false, reason: 'permission-denied', problem: 'permission denied on /var/run/docker.sock' });
    expect(s.fix).toContain('sudo usermod -aG docker $USER');
  });

  test("the CLI's warnings are skipped; the socket named in the answer is reported", () => {
    const answer = `WARNING: Error loading config file: /root/.docker/config.json: permission denied\n${PERMISSION_DENIED.split('/var/run/docker.sock').join('/srv/docker.sock')}`;
    const s = dockerEngineStatus(fakeEnv({ docker: failing(answer) }));
    expect(s).toMatchObject({ reason: 'permission-denied', problem: 'permission denied on /srv/docker.sock' });
  });

  test('a daemon that is not running points at the start script', () => {
    const s = dockerEngineStatus(fakeEnv({ docker: failing(NOT_RUNNING) }));
    expect(s).toMatchObject({ running: false, reason: 'not-running', problem: 'not running (no answer from unix:///var/run/docker.sock)' });
    expect(s.fix).toContain('scripts/docker-engine.sh start');
  });

  test('no docker CLI on PATH', () => {
    const empty = fakeBin(path.join(tmp, 'empty'), {});
    const s = dockerEngineStatus({ PATH: empty });
    expect(s).toMatchObject({ running: false, reason: 'cli-missing' });
    expect(dockerEngineMessage(s)).toBe('docker engine: docker CLI not found — apt-get install docker.io (or install Docker Engine)');
  });

  test('an engine that does not answer in time', () => {
    const started = Date.now();
    const s = dockerEngineStatus(fakeEnv({ docker: 'exec /bin/sleep 20' }), { timeoutMs: 300 });
    expect(s).toMatchObject({ running: false, reason: 'timeout', problem: 'no answer within 0.3 s from unix:///var/run/docker.sock' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('any other failure keeps the first line of what docker said', () => {
    const s = classifyDockerFailure('unknown flag: --format\nSee docker --help', {});
    expect(s).toMatchObject({ reason: 'error', problem: 'docker version failed: unknown flag: --format' });
  });
});

describe('ensureDockerEngine', () => {
  test('start enabled and permission denied: the one-line fix from the script', async () => {
    const err = await ensureDockerEngine({ start: true, env: fakeEnv({ docker: failing(PERMISSION_DENIED) }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExternalError);
    expect((err as Error).message).toBe(
      'docker engine: permission denied on /var/run/docker.sock — add your user to the docker group (sudo usermod -aG docker $USER) and log in again',
    );
  });

  test('the script is found beside the sources', () => {
    expect(dockerEngineScript()).toBe(SCRIPT);
  });
});

describe('scripts/docker-engine.sh', () => {
  test('permission denied: exit 3 with the fix, before anything is started', () => {
    const r = script(['start'], fakeEnv({ docker: failing(PERMISSION_DENIED), dockerd: `touch ${tmp}/started` }));
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      'docker engine: permission denied on /var/run/docker.sock — add your user to the docker group (sudo usermod -aG docker $USER) and log in again\n',
    );
    expect(fs.existsSync(path.join(tmp, 'started'))).toBe(false);
  });

  test('not root and no engine: exit 3, nothing started', () => {
    const env = fakeEnv({ docker: failing(NOT_RUNNING), dockerd: `touch ${tmp}/started` });
    // As root, run it as `nobody`; otherwise the test user is already not root. `nobody` may
    // not reach the checkout (a clone under a 0700 folder): it runs a copy in the temp folder.
    const copy = path.join(tmp, 'docker-engine.sh');
    fs.copyFileSync(SCRIPT, copy);
    fs.chmodSync(copy, 0o755);
    const r = isRoot
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'bash', copy, 'start'], { env, encoding: 'utf8', timeout: 30_000 })
      : script(['start'], env);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('docker engine: not running and cannot be started without root — start Docker (sudo systemctl start docker) or set DOCKER_HOST\n');
    expect(fs.existsSync(path.join(tmp, 'started'))).toBe(false);
  });

  test('usage: exit 2', () => {
    const r = script(['reload'], realEnv());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: scripts/docker-engine.sh start|status|stop|restart');
  });

  describe('stop', () => {
    test('with nothing started by aisite: exit 0, nothing stopped', () => {
      const before = dockerdPid();
      const r = script(['stop'], realEnv());
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('no dockerd started by aisite');
      expectEngineUntouched(before);
    });

    test('never stops a process it did not start, even one called dockerd', () => {
      // A stand-in named dockerd (a shell script: its comm is its file name).
      const bin = fakeBin(path.join(tmp, 'bin'), { dockerd: 'while :; do sleep 0.2; done' });
      const other = spawnSync('bash', ['-c', `${bin}/dockerd >/dev/null 2>&1 & echo $!`], { encoding: 'utf8' }).stdout.trim();
      try {
        const comm = () => fs.readFileSync(`/proc/${other}/comm`, 'utf8').trim();
        for (let i = 0; i < 100 && comm() !== 'dockerd'; i++) spawnSync('sleep', ['0.02']); // until it has exec'd
        expect(comm()).toBe('dockerd');
        const start = fs.readFileSync(`/proc/${other}/stat`, 'utf8').split(') ')[1].split(' ')[19];
        fs.mkdirSync(state, { recursive: true });
        const pidfile = path.join(state, 'dockerd.pid');

        // Same pid, other start time: a recycled pid, not ours.
        fs.writeFileSync(pidfile, `${other} ${Number(start) + 1}\n`);
        const r = script(['stop'], realEnv());
        expect(r.status).toBe(0);
        expect(r.stderr).toContain('stale pidfile removed');
        expect(fs.existsSync(`/proc/${other}`)).toBe(true);
        expect(fs.existsSync(pidfile)).toBe(false);

        // Pid and start time match: this one is ours, and stop stops it.
        fs.writeFileSync(pidfile, `${other} ${start}\n`);
        const s = script(['stop'], realEnv());
        expect(s.status).toBe(0);
        expect(s.stderr).toContain(`stopping dockerd (pid ${other})`);
        expect(fs.existsSync(pidfile)).toBe(false);
      } finally {
        try {
          process.kill(Number(other), 'SIGKILL');
        } catch {
          // already gone
        }
      }
    });
  });
});

/** What needs the engine that answers here (never started by these tests: gated, test/helpers/gates.ts). */
describeGated('with the real Docker engine (dockerEngineStatus, ensureDockerEngine, scripts/docker-engine.sh)', [dockerEngine], () => {
  test('the real engine answers with its version', () => {
    const s = dockerEngineStatus(process.env);
    expect(s).toEqual({ running: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  test('a running engine is returned as is, without running the script', async () => {
    const log = jest.fn();
    const before = dockerdPid();
    await expect(ensureDockerEngine({ start: true, env: realEnv(), log })).resolves.toMatchObject({ running: true });
    expect(log).not.toHaveBeenCalled();
    expect(fs.existsSync(state)).toBe(false);
    expectEngineUntouched(before);
  });

  test('start with a running engine leaves it alone', () => {
    const before = dockerdPid();
    const r = script(['start'], realEnv());
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^docker engine: running \(\d+\.\d+\.\d+\S*\)\n$/);
    expect(r.stdout).toBe('');
    expect(fs.existsSync(state)).toBe(false); // no log, no pidfile
    expectEngineUntouched(before);
  });

  test('status: 0 when the engine answers, 1 when not; no side effects', () => {
    const up = script(['status'], realEnv());
    expect(up.status).toBe(0);
    expect(up.stderr).toMatch(/^docker engine: running/);
    const down = script(['status'], realEnv({ DOCKER_HOST: NO_SOCKET }));
    expect(down.status).toBe(1);
    expect(down.stderr).toBe(`docker engine: not running: Cannot connect to the Docker daemon at ${NO_SOCKET}. Is the docker daemon running?\n`);
    expect(fs.existsSync(state)).toBe(false);
  });
});

/** The real docker CLI against a DOCKER_HOST that does not answer: no engine needed. */
describeGated('with the real docker CLI and no engine behind DOCKER_HOST', [dockerCli], () => {
  test('with the real CLI, a DOCKER_HOST that does not answer is not running, and the fix names DOCKER_HOST', () => {
    const s = dockerEngineStatus({ ...process.env, DOCKER_HOST: NO_SOCKET });
    expect(s).toMatchObject({ running: false, reason: 'not-running', problem: `not running (no answer from ${NO_SOCKET})` });
    expect(s.fix).toContain('DOCKER_HOST');
  });

  test('start disabled and DOCKER_HOST not answering: an ExternalError of one line', async () => {
    const err = await ensureDockerEngine({ start: false, env: realEnv({ DOCKER_HOST: NO_SOCKET }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExternalError);
    const msg = (err as ExternalError).message;
    expect(msg).not.toContain('\n');
    expect(msg).toBe(
      `docker engine: not running (no answer from ${NO_SOCKET}) — start the engine DOCKER_HOST points at, or unset DOCKER_HOST to use the local one`,
    );
  });

  test('start enabled with a DOCKER_HOST that does not answer: the script refuses to start a local dockerd', async () => {
    const before = dockerdPid();
    const log = jest.fn();
    const err = await ensureDockerEngine({ start: true, env: realEnv({ DOCKER_HOST: NO_SOCKET }), log }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExternalError);
    expect((err as Error).message).toBe(
      `docker engine: DOCKER_HOST=${NO_SOCKET} does not answer — start the engine it points at, or unset DOCKER_HOST to use the local one`,
    );
    expect(log).toHaveBeenCalledWith((err as Error).message);
    expect(fs.existsSync(path.join(state, 'dockerd.pid'))).toBe(false);
    expectEngineUntouched(before);
  });
});

/**
 * Starting dockerd, with a fake dockerd and a fake docker that answers once the fake
 * daemon has come up. Run in new pid and mount namespaces (a tmpfs over /run), so the real
 * dockerd and its pidfile are out of sight and nothing the test starts outlives it.
 */
describe('scripts/docker-engine.sh start, starting a (fake) dockerd', () => {
  const canIsolate = isRoot && spawnSync('unshare', ['-m', '-p', '-f', '--mount-proc', 'true']).status === 0;

  function isolated(commands: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
    if (!canIsolate) return script(['start'], env);
    return spawnSync('unshare', ['-m', '-p', '-f', '--mount-proc', 'bash', '-c', `mount -t tmpfs tmpfs /run && ${commands}`], {
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
  }

  /**
   * A fake engine: `docker` answers once the fake dockerd touched UP. iptables-legacy and
   * iptables-nft are fakes too (by default legacy works and nft holds only ACCEPT policies).
   */
  function engineFakes(dockerd: string, more: Readonly<Record<string, string>> = {}, env: Record<string, string> = {}): NodeJS.ProcessEnv {
    const up = path.join(tmp, 'up');
    return fakeEnv(
      {
        docker: `if [ -e ${up} ]; then echo 99.1.0-fake; exit 0; fi\n${failing(NOT_RUNNING)}`,
        dockerd: dockerd.split('UP').join(up),
        'iptables-legacy': 'exit 0',
        'iptables-nft': CLEAN_NFT,
        ...more,
      },
      { AISITE_DOCKERD_TIMEOUT: '3', ...env },
    );
  }

  const CLEAN_NFT = 'echo "-P INPUT ACCEPT"; echo "-P FORWARD ACCEPT"; echo "-P OUTPUT ACCEPT"';
  /** A fake dockerd that logs which iptables it would run, then comes up. */
  const REPORTS_IPTABLES = 'echo "iptables: $(readlink "$(command -v iptables)" || command -v iptables)"; touch UP; while :; do sleep 0.2; done';

  const notRoot = 'docker engine: not running and cannot be started without root — start Docker (sudo systemctl start docker) or set DOCKER_HOST\n';

  test('starts it in the background, records its pid, and stop stops it', () => {
    const env = engineFakes('echo "level=info msg=\\"API listen on /var/run/docker.sock\\""; sleep 0.5; touch UP; while :; do sleep 0.2; done');
    const pidfile = path.join(state, 'dockerd.pid');
    const r = isolated(`bash ${SCRIPT} start && cat ${pidfile} && bash ${SCRIPT} stop`, env);
    if (!canIsolate) {
      expect(r.stderr).toBe(notRoot);
      return;
    }
    expect(r.stderr).toMatch(/^docker engine: starting .*\/bin\/dockerd on iptables-legacy \(log: .*\/state\/dockerd\.log\)\n/);
    expect(r.stderr).toMatch(/docker engine: running \(99\.1\.0-fake\), started by aisite \(pid (\d+); stop: scripts\/docker-engine.sh stop\)\n/);
    const pid = /started by aisite \(pid (\d+)/.exec(r.stderr)?.[1];
    expect(r.stdout).toMatch(new RegExp(`^${pid} \\d+\\n$`)); // the pidfile: pid and start time
    expect(r.stderr).toMatch(new RegExp(`docker engine: stopping dockerd \\(pid ${pid}\\)\\ndocker engine: stopped\\n$`));
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(state, 'dockerd.log'), 'utf8')).toContain('API listen on /var/run/docker.sock');
    expect(fs.existsSync(pidfile)).toBe(false);
  });

  test('restart starts a new dockerd when the stopped one is not reaped yet (a zombie: it no longer runs)', () => {
    // USR1 is dockerd's "dump your goroutines", which restart sends first.
    const env = engineFakes('trap : USR1; trap "rm -f UP; exit 0" TERM; touch UP; while :; do sleep 0.2 & wait $!; done');
    const pidfile = path.join(state, 'dockerd.pid');
    // perl as the namespace's first process never reaps the orphans it inherits, as some
    // container inits do not: the stopped dockerd stays a zombie, and its pidfile stays.
    const commands = `bash ${SCRIPT} start && cut -d' ' -f1 ${pidfile} && bash ${SCRIPT} restart && cut -d' ' -f1 ${pidfile} && bash ${SCRIPT} stop`;
    const r = canIsolate
      ? spawnSync(
          'unshare',
          ['-m', '-p', '-f', '--mount-proc', 'perl', '-e', 'exit(system("bash", "-c", $ARGV[0]) >> 8)', `mount -t tmpfs tmpfs /run && ${commands}`],
          {
            env,
            encoding: 'utf8',
            timeout: 30_000,
          },
        )
      : script(['start'], env);
    if (!canIsolate) {
      expect(r.stderr).toBe(notRoot);
      return;
    }
    const [first, second] = r.stdout.trim().split('\n');
    expect({ status: r.status, restarted: Boolean(second) && second !== first }).toEqual({ status: 0, restarted: true });
    expect(r.stderr).toContain(`docker engine: stopping dockerd (pid ${first})\n`);
    expect(r.stderr).toContain(`started by aisite (pid ${second}; stop: scripts/docker-engine.sh stop)\n`);
  });

  test('a dockerd that exits at start: exit 3 with the gist of its log', () => {
    const env = engineFakes(
      'echo \'time="2026-01-01T00:00:00Z" level=info msg="Starting up"\'\necho \'failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to create NAT chain DOCKER: iptables failed\'\necho \'time="2026-01-01T00:00:00Z" level=info msg="stopping"\'\nexit 1',
    );
    const r = isolated(`bash ${SCRIPT} start`, env);
    if (!canIsolate) {
      expect(r.stderr).toBe(notRoot);
      return;
    }
    expect(r.status).toBe(3);
    const last = r.stderr.trim().split('\n').pop();
    expect(last).toBe(
      `docker engine: dockerd exited at start: failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to create NAT chain DOCKER: iptables failed (log: ${state}/dockerd.log)`,
    );
    expect(fs.existsSync(path.join(state, 'dockerd.pid'))).toBe(false);
  });

  test('a dockerd that never answers: exit 3 after the timeout', () => {
    const env = engineFakes('echo \'time="2026-01-01T00:00:00Z" level=error msg="containerd did not start"\'\nwhile :; do sleep 0.2; done');
    const r = isolated(`AISITE_DOCKERD_TIMEOUT=1 bash ${SCRIPT} start`, env);
    if (!canIsolate) {
      expect(r.stderr).toBe(notRoot);
      return;
    }
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n').pop()).toMatch(
      /^docker engine: dockerd \(pid \d+\) did not answer within 1 s: containerd did not start \(log: .*; stop it: scripts\/docker-engine.sh stop\)$/,
    );
  });
  describe('the iptables dockerd runs (AISITE_DOCKERD_IPTABLES)', () => {
    test('auto: iptables-legacy when it works and iptables-nft holds only ACCEPT policies', () => {
      const r = isolated(`bash ${SCRIPT} start && bash ${SCRIPT} stop`, engineFakes(REPORTS_IPTABLES));
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.stderr).toMatch(/^docker engine: starting \S+ on iptables-legacy \(log: /);
      expect(r.status).toBe(0);
      expect(fs.readFileSync(path.join(state, 'dockerd.log'), 'utf8')).toContain(`iptables: ${tmp}/bin/iptables-legacy\n`);
    });

    test("auto: iptables-legacy when iptables-nft holds only aisite's own air-gap chain", () => {
      const nft = `${CLEAN_NFT}; echo "-N AISITE-INPUT"; echo "-A INPUT -j AISITE-INPUT"; echo '-A AISITE-INPUT -i ais-059c39244b9 -m comment --comment "aisite:h1" -j DROP'`;
      const r = isolated(`bash ${SCRIPT} start && bash ${SCRIPT} stop`, engineFakes(REPORTS_IPTABLES, { 'iptables-nft': nft }));
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.stderr).toMatch(/^docker engine: starting \S+ on iptables-legacy /);
    });

    test("auto: the system's iptables when iptables-nft holds rules (an earlier engine's)", () => {
      const nft = `${CLEAN_NFT}; echo "-N DOCKER"; echo "-A FORWARD -j DOCKER-USER"`;
      const env = engineFakes(REPORTS_IPTABLES, { 'iptables-nft': nft, iptables: 'exit 0' });
      const r = isolated(`bash ${SCRIPT} start && bash ${SCRIPT} stop`, env);
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.stderr).toMatch(/^docker engine: starting \S+ on the system's iptables \(log: /);
      expect(fs.readFileSync(path.join(state, 'dockerd.log'), 'utf8')).toContain(`iptables: ${tmp}/bin/iptables\n`);
    });

    test("auto: the system's iptables when iptables-legacy does not work (no x_tables)", () => {
      const env = engineFakes(REPORTS_IPTABLES, {
        'iptables-legacy': failing("iptables v1.8.9 (legacy): can't initialize iptables table `filter'"),
        iptables: 'exit 0',
      });
      const r = isolated(`bash ${SCRIPT} start && bash ${SCRIPT} stop`, env);
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.stderr).toMatch(/^docker engine: starting \S+ on the system's iptables /);
    });

    test('system: the PATH is left as it is, even where iptables-legacy would work', () => {
      const env = engineFakes(REPORTS_IPTABLES, { iptables: 'exit 0' }, { AISITE_DOCKERD_IPTABLES: 'system' });
      const r = isolated(`bash ${SCRIPT} start && bash ${SCRIPT} stop`, env);
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(fs.readFileSync(path.join(state, 'dockerd.log'), 'utf8')).toContain(`iptables: ${tmp}/bin/iptables\n`);
      expect(fs.existsSync(path.join(state, 'iptables-legacy'))).toBe(false);
    });

    test("the system's iptables-nft beside iptables-legacy rules an earlier engine left: a warning with the fix, then it starts", () => {
      const env = engineFakes(
        REPORTS_IPTABLES,
        { 'iptables-legacy': `${CLEAN_NFT}; echo "-P FORWARD DROP"`, 'xtables-nft-multi': 'exit 0' },
        { AISITE_DOCKERD_IPTABLES: 'system' },
      );
      fs.symlinkSync(path.join(tmp, 'bin', 'xtables-nft-multi'), path.join(tmp, 'bin', 'iptables'));
      const r = isolated(`bash ${SCRIPT} start && bash ${SCRIPT} stop`, env);
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.stderr).toMatch(
        /^docker engine: warning: iptables-legacy still holds rules \(an earlier engine's\?\) beside the system's iptables-nft, and they can drop the containers' traffic — clear them \(iptables-legacy -F; iptables-legacy -X; iptables-legacy -P FORWARD ACCEPT\) or use AISITE_DOCKERD_IPTABLES=auto\ndocker engine: starting \S+ on the system's iptables /,
      );
      expect(r.status).toBe(0);
    });

    test('no warning when iptables-legacy holds only ACCEPT policies', () => {
      const env = engineFakes(REPORTS_IPTABLES, { 'xtables-nft-multi': 'exit 0' }, { AISITE_DOCKERD_IPTABLES: 'system' });
      fs.symlinkSync(path.join(tmp, 'bin', 'xtables-nft-multi'), path.join(tmp, 'bin', 'iptables'));
      const r = isolated(`bash ${SCRIPT} start && bash ${SCRIPT} stop`, env);
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.stderr).toMatch(/^docker engine: starting \S+ on the system's iptables /);
    });

    test('legacy over an iptables-nft that holds rules: exit 3 with the fix, nothing started', () => {
      const env = engineFakes(`touch ${tmp}/started`, { 'iptables-nft': `${CLEAN_NFT}; echo "-P FORWARD DROP"` }, { AISITE_DOCKERD_IPTABLES: 'legacy' });
      const r = isolated(`bash ${SCRIPT} start`, env);
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.status).toBe(3);
      expect(r.stderr).toBe(
        "docker engine: AISITE_DOCKERD_IPTABLES=legacy, but iptables-nft already holds rules (an earlier engine's or a firewall's), which would drop the containers' traffic — remove them (iptables-nft -F; iptables-nft -X; iptables-nft -P FORWARD ACCEPT) or unset it\n",
      );
      expect(fs.existsSync(`${tmp}/started`)).toBe(false);
    });

    test('an unknown value: exit 2 naming the values, nothing started', () => {
      const env = engineFakes(`touch ${tmp}/started`, {}, { AISITE_DOCKERD_IPTABLES: 'nftables' });
      const r = isolated(`bash ${SCRIPT} start`, env);
      if (!canIsolate) return expect(r.stderr).toBe(notRoot);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("docker engine: AISITE_DOCKERD_IPTABLES must be auto, legacy or system, but 'nftables' was given\n");
      expect(fs.existsSync(`${tmp}/started`)).toBe(false);
    });
  });
});
