/**
 * `target: swarm` on a real single-node Docker Swarm with real Terraform and the
 * kreuzwerker/docker provider from the local mirror — no mocks.
 *
 * The swarm is a private dockerd (test/helpers/swarm-engine.ts): generic resources such
 * as NPU=64 are a dockerd start option (`--node-generic-resource`), which the shared
 * engine other test files use cannot gain without a restart, and swarm mode would change
 * that engine under them. The private engine starts outside swarm mode, so the first test
 * is the real "engine not in swarm mode" error; then `docker swarm init` and a node label
 * make it a swarm that satisfies the services' constraints and reservations.
 *
 * The site is a copy of the hospital example with `target: swarm` and its vision pool
 * kept on `target: docker`: the RNGD node group becomes a service of 4 replicas, the ATOM
 * group stays 2 containers, and every network is an attachable overlay.
 */
import * as fs from 'fs';
import { spawnSync } from 'child_process';
import { DeployEnv, describeDeploy, INTEGRATION_TIMEOUT, planOutput, SiteCopy, testSiteName } from '../helpers/deploy-env';
import { privateEngine } from '../helpers/gates';
import { SwarmEngine } from '../helpers/swarm-engine';

const SITE = testSiteName('swarm');
const SERVICE = `${SITE}-cab-a-rngd`;
const TENANTS = ['emr-assistant', 'pathology-ai', 'radiology-ai'];
const CONTAINERS = [`${SITE}-cab-a-atom-0`, `${SITE}-cab-a-atom-1`, `${SITE}-controller`, ...TENANTS.map((t) => `${SITE}-tenant-${t}`)].sort();
const NETWORKS = [...['compute', 'mgmt', 'storage'].map((f) => `${SITE}-${f}`), ...TENANTS.map((t) => `${SITE}-tenant-${t}`)].sort();

interface ServiceInspect {
  Spec: {
    Name: string;
    Labels: Record<string, string>;
    Mode: { Replicated?: { Replicas: number } };
    UpdateConfig?: { Parallelism: number; FailureAction: string; Order: string; Delay?: number };
    RollbackConfig?: { Parallelism: number; Order: string };
    EndpointSpec?: { Mode: string };
    TaskTemplate: {
      ContainerSpec: {
        Image: string;
        ReadOnly?: boolean;
        CapabilityDrop?: string[];
        User?: string;
        Labels?: Record<string, string>;
        Mounts?: Array<{ Type: string; Target: string }>;
      };
      Placement?: { Constraints?: string[] };
      Resources?: {
        Limits?: { MemoryBytes?: number; NanoCPUs?: number };
        Reservations?: { GenericResources?: Array<{ DiscreteResourceSpec?: { Kind: string; Value: number } }> };
      };
      Networks?: Array<{ Target: string }>;
    };
  };
}

interface TaskContainer {
  Name: string;
  State: { Running: boolean; Health?: { Status: string } };
  Config: { User: string; Env: string[]; Labels: Record<string, string> };
  HostConfig: { Privileged: boolean; CapDrop: string[] | null; ReadonlyRootfs: boolean; Memory: number; NanoCpus: number };
}

describeDeploy('swarm integration (private dockerd as a single-node swarm, real Terraform)', [privateEngine], () => {
  let engine: SwarmEngine;
  let env: DeployEnv;
  let copy: SiteCopy;
  let started: number;
  const cli = (args: readonly string[]) => env.cli(args, engine.env);
  /** The site's objects on the private engine, by label: services, every container (task containers too), networks, volumes. */
  const labelled = () => {
    const list = (args: string[]) =>
      engine
        .docker([...args, '--filter', `label=aisite.site=${SITE}`])
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
        .sort();
    const swarm = engine.swarmState() === 'active';
    return {
      services: swarm ? list(['service', 'ls', '--format', '{{.Name}}']) : [],
      containers: list(['ps', '-a', '--format', '{{.Names}}']),
      networks: list(['network', 'ls', '--format', '{{.Name}}']),
      volumes: list(['volume', 'ls', '--format', '{{.Name}}']),
    };
  };
  const nothing = { services: [], containers: [], networks: [], volumes: [] };
  const inspectJson = <T>(args: readonly string[]): T[] => JSON.parse(engine.docker(args)) as T[];
  const taskContainers = () =>
    engine
      .docker(['ps', '-q', '--filter', `label=com.docker.swarm.service.name=${SERVICE}`])
      .split('\n')
      .filter(Boolean);

  beforeAll(async () => {
    started = Date.now();
    engine = await SwarmEngine.start(['NPU=64', 'GPU=64', 'PIM=64']);
    env = new DeployEnv('it-swarm');
    copy = env.site('daejeon-hospital-01.yaml', 'swarm', (doc) => {
      doc.setIn(['spec', 'target'], 'swarm');
      doc.setIn(['spec', 'pools', 1, 'target'], 'docker');
    });
  }, INTEGRATION_TIMEOUT);

  afterAll(async () => {
    if (env) {
      const r = await cli(['destroy', '--site', SITE, '--auto-approve']);
      if (r.code !== 0) console.warn(`cleanup of ${SITE}: aisite destroy exited ${r.code}: ${r.err.trim()}`);
      fs.rmSync(env.dir, { recursive: true, force: true });
    }
    await engine?.stop();
    console.log(`swarm integration: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  }, INTEGRATION_TIMEOUT);

  test(
    'deploy on an engine not in swarm mode: exit 3, one line saying how to enable it, before Terraform runs',
    async () => {
      expect(engine.swarmState()).toBe('inactive');
      const r = await cli(['deploy', copy.file, '--auto-approve']);
      expect(r.err).toBe(
        `aisite: docker engine is not in swarm mode, but site ${SITE} has pools with target: swarm — enable it with \`docker swarm init\` (add --advertise-addr <ip> when the host has several addresses), or set target: docker\n`,
      );
      expect(r.code).toBe(3);
      expect(r.out).toBe('');
      expect(fs.existsSync(`${env.stateDir}/${SITE}/terraform.tfstate`)).toBe(false);
      expect(labelled()).toEqual(nothing);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'after `docker swarm init` and a node label, deploy converges: the RNGD pool as a service with all replicas running',
    async () => {
      engine.initSwarm();
      engine.docker(['node', 'update', '--label-add', 'aisite.accelerator=furiosa-rngd', engine.nodeId()]);
      const r = await cli(['deploy', copy.file, '--auto-approve']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      // 4 volumes, image, 6 networks, 1 service, 2 ATOM containers, 3 gateways, controller
      expect(r.out).toContain(`${SITE}: plan: 18 to add, 0 to change, 0 to destroy`);
      expect(r.out).toContain(`${SITE}: all containers healthy`);

      const live = labelled();
      expect(live.services).toEqual([SERVICE]);
      expect(live.containers.filter((c) => !c.startsWith(`${SERVICE}.`))).toEqual(CONTAINERS);
      expect(live.containers.filter((c) => c.startsWith(`${SERVICE}.`))).toHaveLength(4);
      expect(live.networks).toEqual(NETWORKS);
      expect(engine.docker(['service', 'ls', '--filter', `name=${SERVICE}`, '--format', '{{.Replicas}}']).trim()).toBe('4/4');
    },
    INTEGRATION_TIMEOUT,
  );

  test('the service has the spec: replicas, placement on the accelerator label, NPU=8 per task, labels, rolling updates, overlay networks', () => {
    const [svc] = inspectJson<ServiceInspect>(['service', 'inspect', SERVICE]);
    const spec = svc.Spec;
    expect(spec.Mode.Replicated?.Replicas).toBe(4);
    expect(spec.TaskTemplate.Placement?.Constraints).toEqual(['node.labels.aisite.accelerator==furiosa-rngd']);
    expect(spec.TaskTemplate.Resources?.Reservations?.GenericResources).toEqual([{ DiscreteResourceSpec: { Kind: 'NPU', Value: 8 } }]);
    expect(spec.TaskTemplate.Resources?.Limits).toEqual({ MemoryBytes: 32 * 1024 * 1024, NanoCPUs: 0.25e9 });
    expect(spec.Labels).toMatchObject({
      'aisite.site': SITE,
      'aisite.managed-by': 'aisite',
      'aisite.role': 'node',
      'aisite.cabinet': 'cab-a',
      'aisite.node-group': 'rngd',
      'aisite.accelerator': 'furiosa-rngd',
      'aisite.accelerators-per-node': '8',
      'aisite.represents': '1',
      'aisite.pool': 'inference',
      'aisite.tenants': 'radiology-ai,emr-assistant',
    });
    expect(spec.TaskTemplate.ContainerSpec.Labels).toEqual(spec.Labels);
    expect(spec.UpdateConfig).toMatchObject({ Parallelism: 1, FailureAction: 'rollback', Order: 'start-first' });
    expect(spec.RollbackConfig).toMatchObject({ Parallelism: 1, Order: 'start-first' });
    expect(spec.EndpointSpec?.Mode).toBe('dnsrr');
    expect(spec.TaskTemplate.ContainerSpec).toMatchObject({ ReadOnly: true, CapabilityDrop: ['ALL'], User: '65534:65534' });
    expect(spec.TaskTemplate.ContainerSpec.Image).toMatch(/^sha256:[0-9a-f]{64}$/);

    const nets = inspectJson<{
      Id: string;
      Name: string;
      Driver: string;
      Scope: string;
      Attachable: boolean;
      Internal: boolean;
      IPAM: { Config: Array<{ Subnet?: string }> };
    }>(['network', 'inspect', ...NETWORKS]);
    for (const n of nets)
      expect({ name: n.Name, driver: n.Driver, scope: n.Scope, attachable: n.Attachable, internal: n.Internal }).toEqual({
        name: n.Name,
        driver: 'overlay',
        scope: 'swarm',
        attachable: true,
        internal: true,
      });
    for (const [fabric, subnet] of Object.entries(copy.subnets))
      expect(nets.find((n) => n.Name === `${SITE}-${fabric}`)?.IPAM.Config.map((c) => c.Subnet)).toEqual([subnet]);
    // The service joins its fabrics and its pool's tenant networks, not the other pool's.
    const joined = new Set((spec.TaskTemplate.Networks ?? []).map((t) => nets.find((n) => n.Id === t.Target)?.Name));
    expect([...joined].sort()).toEqual([`${SITE}-compute`, `${SITE}-mgmt`, `${SITE}-storage`, `${SITE}-tenant-emr-assistant`, `${SITE}-tenant-radiology-ai`]);
  });

  test('its task containers are hardened, healthy and were granted the reservation', () => {
    const ids = taskContainers();
    expect(ids).toHaveLength(4);
    for (const c of inspectJson<TaskContainer>(['inspect', ...ids])) {
      const name = c.Name.replace(/^\//, '');
      expect({ name, running: c.State.Running, health: c.State.Health?.Status }).toEqual({ name, running: true, health: 'healthy' });
      expect({ name, privileged: c.HostConfig.Privileged, capDrop: c.HostConfig.CapDrop, readOnly: c.HostConfig.ReadonlyRootfs, user: c.Config.User }).toEqual({
        name,
        privileged: false,
        capDrop: ['ALL'],
        readOnly: true,
        user: '65534:65534',
      });
      expect(c.HostConfig.Memory).toBe(32 * 1024 * 1024);
      expect(c.HostConfig.NanoCpus).toBe(0.25e9);
      expect(c.Config.Env).toContain('DOCKER_RESOURCE_NPU=8');
      expect(c.Config.Env).toContain('AISITE_ACCELERATOR=furiosa-rngd');
      expect(c.Config.Labels['aisite.site']).toBe(SITE);
    }
  });

  test("a tenant gateway (a container on the attachable overlay) reaches the pool's tasks by service name", () => {
    const gw = `${SITE}-tenant-radiology-ai`;
    const bb = (args: string[]) =>
      spawnSync('docker', ['exec', gw, '/bin/busybox', ...args], { encoding: 'utf8', env: engine.env as NodeJS.ProcessEnv, timeout: 20_000 });
    const ns = bb(['nslookup', SERVICE]);
    // The answer follows "Name:"; the "Address:" before it is Docker's resolver.
    const answer = (ns.stdout ?? '').split('Name:').slice(1).join('');
    const ips = [...answer.matchAll(/Address:\s*(\d+\.\d+\.\d+\.\d+)/g)].map((m) => m[1]);
    expect({ code: ns.status, found: ips.length > 0 }).toEqual({ code: 0, found: true });
    const task = ips[ips.length - 1];
    const get = bb(['timeout', '3', '/bin/busybox', 'wget', '-q', '-O-', `http://${task}:8080/identity.json`]);
    expect(get.status).toBe(0);
    expect(JSON.parse(get.stdout)).toMatchObject({ role: 'node', site: SITE, nodeGroup: 'rngd', accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 });
  });

  test(
    'status reads the service and its tasks; a plan right after deploy has no changes',
    async () => {
      const s = await cli(['status', copy.file]);
      expect({ code: s.code, err: s.err }).toEqual({ code: 0, err: '' });
      expect(s.out).toContain(`✔ ${SITE}: 6/6 containers healthy, 1 service (4/4 tasks running), 6 networks`);
      expect(s.out).toMatch(new RegExp(`cab-a/rngd +4/4 tasks running \\(service ${SERVICE}\\)`));
      expect(s.out).toMatch(/cab-a\/atom +2\/2 healthy/);
      const j = await cli(['status', copy.file, '--format', 'json']);
      const [status] = JSON.parse(j.out) as Array<{ services: unknown[]; drift: unknown }>;
      expect(status.services).toEqual([
        {
          name: SERVICE,
          cabinet: 'cab-a',
          nodeGroup: 'rngd',
          desired: 4,
          running: 4,
          constraints: ['node.labels.aisite.accelerator==furiosa-rngd'],
          genericResources: ['NPU=8'],
        },
      ]);
      expect(status.drift).toEqual({ missing: [], extra: [], unhealthy: [], replicas: [] });

      const p = await cli(['plan', copy.file, '--detailed-exitcode']);
      expect(planOutput(p.out).rest).toBe(`${SITE}: no changes\n`);
      expect({ code: p.code, err: p.err }).toEqual({ code: 0, err: '' });
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'fewer tasks running than the spec is drift (exit 1); deploy scales the service back',
    async () => {
      engine.docker(['service', 'scale', '--detach', `${SERVICE}=2`]);
      const deadline = Date.now() + 30_000;
      while (taskContainers().length > 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      const drift = await cli(['status', copy.file]);
      expect(drift.code).toBe(1);
      expect(drift.out).toContain(`✖ ${SITE}: 6/6 containers healthy, 1 service (2/4 tasks running)`);
      expect(drift.out).toContain(`  replicas   ${SERVICE} 2/4 running`);
      expect(drift.out).toContain('drift: run `aisite deploy` to heal it');

      const heal = await cli(['deploy', copy.file, '--auto-approve']);
      expect({ code: heal.code, err: heal.err }).toEqual({ code: 0, err: '' });
      expect(heal.out).toContain(`${SITE}: plan: 0 to add, 1 to change, 0 to destroy`);
      const ok = await cli(['status', copy.file]);
      expect({ code: ok.code, err: ok.err }).toEqual({ code: 0, err: '' });
      expect(ok.out).toContain('1 service (4/4 tasks running)');
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'destroy leaves nothing: no service, task container, container, network or volume with the site label',
    async () => {
      const r = await cli(['destroy', copy.file, '--auto-approve']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      expect(r.out).toContain(`${SITE}: destroyed — terraform destroy`);
      expect(labelled()).toEqual(nothing);
    },
    INTEGRATION_TIMEOUT,
  );
});
