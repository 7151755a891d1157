/**
 * A private Docker engine for the swarm and remote-engine integration tests: a second dockerd (the same
 * Debian docker.io binary) with its own data root, exec root, socket, bridge and
 * docker_gwbridge interface, started with generic resources to advertise
 * (`--node-generic-resource NPU=64`: dockerd only takes them at start, so the shared
 * engine cannot gain them without a restart), then turned into a single-node swarm with
 * its own addresses and ports. The shared engine that other tests use is never touched:
 * it does not enter swarm mode and is not restarted. Without `initSwarm()` it is a plain
 * second engine (`PrivateEngine.start([])`): the remote-engine test places a cabinet on it.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freeSecondOctet } from './deploy-env';
import { findDockerd } from './gates';

type Env = Record<string, string | undefined>;

function run(cmd: string, args: readonly string[], env: Env = process.env, timeoutMs = 60_000): { code: number | null; out: string; err: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: timeoutMs });
  return { code: r.status, out: r.stdout ?? '', err: `${r.stderr ?? ''}${r.error ? r.error.message : ''}` };
}

function must(cmd: string, args: readonly string[], env: Env = process.env): string {
  const r = run(cmd, args, env);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.err.trim()}`);
  return r.out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A running private engine. */
export class SwarmEngine {
  /** DOCKER_HOST of the engine. */
  readonly host: string;
  /** The environment for the docker CLI, Terraform and aisite: DOCKER_HOST set. */
  readonly env: Env;
  private swarm = false;

  private constructor(
    readonly dir: string,
    private readonly dockerd: ChildProcess,
    private readonly links: readonly string[],
    /** The loopback address the swarm advertises (127.x.y.z: its own gossip port 7946). */
    readonly advertise: string,
    /** 10.N.0.0/16 the swarm allocates overlay subnets from when none is given. */
    readonly addressPool: string,
  ) {
    this.host = `unix://${path.join(dir, 'd.sock')}`;
    this.env = { ...process.env, DOCKER_HOST: this.host };
  }

  /**
   * Starts dockerd with `resources` (e.g. ['NPU=64']) advertised and `extraArgs` (e.g. a
   * TLS listener); resolves when it answers on its unix socket.
   * Not yet in swarm mode: `initSwarm()` does that.
   */
  static async start(resources: readonly string[], extraArgs: readonly string[] = []): Promise<SwarmEngine> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-sw-'));
    const tag = path
      .basename(dir)
      .slice(-6)
      .replace(/[^a-zA-Z0-9]/g, 'x');
    const bridge = `aisb${tag}`.slice(0, 15);
    const gwbridge = `aisg${tag}`.slice(0, 15);
    const bridgeOctet = freeSecondOctet();
    const poolOctet = freeSecondOctet();
    must('ip', ['link', 'add', bridge, 'type', 'bridge']);
    const links = [bridge];
    try {
      must('ip', ['addr', 'add', `10.${bridgeOctet}.255.1/24`, 'dev', bridge]);
      must('ip', ['link', 'set', bridge, 'up']);
      const log = fs.openSync(path.join(dir, 'dockerd.log'), 'a');
      const args = [
        '--data-root',
        path.join(dir, 'data'),
        '--exec-root',
        path.join(dir, 'x'),
        '--pidfile',
        path.join(dir, 'd.pid'),
        '-H',
        `unix://${path.join(dir, 'd.sock')}`,
        '--bridge',
        bridge,
        // The shared engine owns the host's iptables chains; this one leaves them alone.
        '--iptables=false',
        '--ip-masq=false',
        ...resources.flatMap((r) => ['--node-generic-resource', r]),
        ...extraArgs,
      ];
      const dockerd = spawn(findDockerd()!, args, { detached: true, stdio: ['ignore', log, log] });
      fs.closeSync(log);
      dockerd.unref();
      const engine = new SwarmEngine(
        dir,
        dockerd,
        [...links, gwbridge],
        `127.${1 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`,
        `10.${poolOctet}.0.0/16`,
      );
      const deadline = Date.now() + 30_000;
      for (;;) {
        if (run('docker', ['version', '--format', '{{.Server.Version}}'], engine.env, 5_000).code === 0) break;
        if (dockerd.exitCode !== null || Date.now() > deadline) {
          const tail = fs.readFileSync(path.join(dir, 'dockerd.log'), 'utf8').trim().split('\n').slice(-3).join(' | ');
          await engine.stop();
          throw new Error(`the private dockerd did not answer: ${tail}`);
        }
        await sleep(250);
      }
      // Swarm's docker_gwbridge, made first so that its host interface has a name of its own.
      must(
        'docker',
        [
          'network',
          'create',
          '--subnet',
          `10.${bridgeOctet}.254.0/24`,
          '-o',
          `com.docker.network.bridge.name=${gwbridge}`,
          '-o',
          'com.docker.network.bridge.enable_icc=false',
          '-o',
          'com.docker.network.bridge.enable_ip_masquerade=false',
          'docker_gwbridge',
        ],
        engine.env,
      );
      return engine;
    } catch (e) {
      for (const l of links) run('ip', ['link', 'del', l]);
      throw e;
    }
  }

  /** `docker info`'s swarm state: inactive, active, … */
  swarmState(): string {
    return must('docker', ['info', '--format', '{{.Swarm.LocalNodeState}}'], this.env).trim();
  }

  /** Makes the engine a single-node swarm manager (its own address, ports and address pool). */
  initSwarm(): void {
    const port = 20000 + Math.floor(Math.random() * 20000);
    must(
      'docker',
      [
        'swarm',
        'init',
        '--advertise-addr',
        this.advertise,
        '--listen-addr',
        `${this.advertise}:${port}`,
        '--data-path-port',
        String(port + 1),
        '--default-addr-pool',
        this.addressPool,
      ],
      this.env,
    );
    this.swarm = true;
  }

  /** The swarm node's id. */
  nodeId(): string {
    return must('docker', ['info', '--format', '{{.Swarm.NodeID}}'], this.env).trim();
  }

  /** Runs the docker CLI against this engine; throws with stderr on failure. */
  docker(args: readonly string[]): string {
    return must('docker', args, this.env);
  }

  /** Leaves the swarm (when this test made it one), stops dockerd, removes its interfaces and folder. */
  async stop(): Promise<void> {
    if (this.swarm) run('docker', ['swarm', 'leave', '--force'], this.env);
    const pid = this.dockerd.pid;
    if (pid !== undefined && this.dockerd.exitCode === null) {
      process.kill(pid, 'SIGTERM');
      const deadline = Date.now() + 20_000;
      while (this.dockerd.exitCode === null && alive(pid) && Date.now() < deadline) await sleep(200);
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    for (const l of this.links) run('ip', ['link', 'del', l]);
    // dockerd unmounts what it mounted on the way out; whatever stays mounted stays.
    try {
      fs.rmSync(this.dir, { recursive: true, force: true });
    } catch {
      // busy mounts of a killed engine: left in the temp folder
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
}

/** The same engine under the name the remote-engine test uses: a second dockerd, never a swarm unless asked. */
export { SwarmEngine as PrivateEngine };
