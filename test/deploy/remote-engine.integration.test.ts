/**
 * One site on two Docker engines: a copy of the hospital example whose ATOM node group
 * moves to a second cabinet, cab-b, placed on a private dockerd (test/helpers/swarm-engine.ts,
 * never a swarm here) through the cabinet's `dockerHost: unix:///…/d.sock`. Real Terraform,
 * the kreuzwerker/docker provider from the local mirror, no mocks.
 *
 * One deploy must put cab-a's containers, the controller and the gateways on the shared
 * engine and cab-b's on the second one, each engine with its own node image and its own
 * copies of the networks cab-b joins; `status` counts both; a second plan has no changes;
 * `destroy` leaves nothing on either engine. A cabinet host that does not answer stops
 * deploy before anything is created, with one line naming it.
 */
import * as fs from 'fs';
import { BUDGET_LINE, DeployEnv, describeDeploy, INTEGRATION_TIMEOUT, labelled, planOutput, SiteCopy, testSiteName } from '../helpers/deploy-env';
import { splitCabinet } from '../helpers/split-cabinet';
import { privateEngine } from '../helpers/gates';
import { PrivateEngine } from '../helpers/swarm-engine';

const SITE = testSiteName('remote');
const DOWN = testSiteName('remote-down');
const TENANTS = ['emr-assistant', 'pathology-ai', 'radiology-ai'];
const SHARED_CONTAINERS = [...[0, 1, 2, 3].map((i) => `${SITE}-cab-a-rngd-${i}`), `${SITE}-controller`, ...TENANTS.map((t) => `${SITE}-tenant-${t}`)].sort();
const SECOND_CONTAINERS = [0, 1].map((i) => `${SITE}-cab-b-atom-${i}`);
/** cab-b's atom group joins every fabric (none is restricted) and its pool's one tenant. */
const SECOND_NETWORKS = [...['compute', 'mgmt', 'storage'].map((f) => `${SITE}-${f}`), `${SITE}-tenant-pathology-ai`].sort();

describeDeploy('remote engine integration (a cabinet on a second dockerd, real Terraform)', [privateEngine], () => {
  let second: PrivateEngine;
  let env: DeployEnv;
  let copy: SiteCopy;
  let started: number;
  /** The site's objects on the second engine, by label. */
  const onSecond = () => {
    const list = (args: string[]) =>
      second
        .docker([...args, '--filter', `label=aisite.site=${SITE}`])
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean)
        .sort();
    return {
      containers: list(['ps', '-a', '--format', '{{.Names}}']),
      networks: list(['network', 'ls', '--format', '{{.Name}}']),
      volumes: list(['volume', 'ls', '--format', '{{.Name}}']),
    };
  };
  const nothing = { containers: [], networks: [], volumes: [] };

  beforeAll(async () => {
    started = Date.now();
    second = await PrivateEngine.start([]);
    env = new DeployEnv('it-remote');
    copy = env.site('daejeon-hospital-01.yaml', 'remote', (doc) => splitCabinet(doc, second.host));
  }, INTEGRATION_TIMEOUT);

  afterAll(async () => {
    if (env && copy) {
      // With the spec, destroy reaches both engines.
      const r = await env.cli(['destroy', copy.file, '--auto-approve']);
      if (r.code !== 0) console.warn(`cleanup of ${SITE}: aisite destroy exited ${r.code}: ${r.err.trim()}`);
    }
    const left = env ? await env.cleanup() : [];
    await second?.stop();
    console.log(`remote engine integration: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
    expect(left).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  test(
    'a cabinet host that does not answer: exit 3, one line naming it and its cabinet, nothing created',
    async () => {
      const down = env.site('daejeon-hospital-01.yaml', 'remote-down', (doc) => splitCabinet(doc, 'unix:///nonexistent-aisite-rack.sock'));
      const r = await env.cli(['deploy', down.file, '--auto-approve']);
      expect(r.err).toBe(
        `aisite: docker engine unix:///nonexistent-aisite-rack.sock of cabinet cab-b of ${DOWN} does not answer — start it, or fix dockerHost in the spec\n`,
      );
      expect(r.code).toBe(3);
      expect(r.out).toBe('');
      expect(fs.existsSync(`${env.stateDir}/${DOWN}/terraform.tfstate`)).toBe(false);
      expect(labelled(DOWN)).toEqual(nothing);
      const s = await env.cli(['status', down.file]);
      expect({ code: s.code, lines: s.err.trim().split('\n').length }).toEqual({ code: 3, lines: 1 });
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'one deploy places cab-a on the shared engine and cab-b on the second, all healthy',
    async () => {
      const t0 = Date.now();
      const r = await env.cli(['deploy', copy.file, '--auto-approve']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`${SITE}: all containers healthy`);
      console.log(`remote engine integration: deploy on two engines ${((Date.now() - t0) / 1000).toFixed(1)} s`);

      const shared = labelled(SITE);
      expect(shared.containers).toEqual(SHARED_CONTAINERS);
      expect(shared.volumes).toHaveLength(4);
      const there = onSecond();
      expect(there.containers).toEqual(SECOND_CONTAINERS);
      expect(there.networks).toEqual(SECOND_NETWORKS);
      expect(there.volumes).toEqual([]);
      for (const name of SECOND_CONTAINERS) {
        expect(second.docker(['inspect', '--format', '{{.State.Health.Status}}', name]).trim()).toBe('healthy');
      }
      // The same subnet on both engines: separate islands, like racks whose switches are not joined.
      const subnet = (run: (a: string[]) => string) =>
        run(['network', 'inspect', '--format', '{{range .IPAM.Config}}{{.Subnet}}{{end}}', `${SITE}-compute`]).trim();
      expect(subnet((a) => second.docker(a))).toBe(copy.subnets.compute);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'status reads both engines: exit 0, containers counted per engine; a second plan has no changes',
    async () => {
      const s = await env.cli(['status', copy.file]);
      expect(s.err).toBe('');
      expect(s.code).toBe(0);
      expect(s.out).toContain(`✔ ${SITE}: 10/10 containers healthy`);
      expect(s.out).toContain(`  engine ${second.host}: 2/2 containers healthy`);
      expect(s.out).toMatch(/ {2}engine \S+: 8\/8 containers healthy/);
      expect(s.out).toMatch(/cab-b\/atom\s+2\/2 healthy/);
      const p = await env.cli(['plan', copy.file]);
      expect({ code: p.code, out: planOutput(p.out).rest, err: p.err }).toEqual({ code: 0, out: `${SITE}: no changes\n`, err: '' });
      const budget = planOutput(p.out).budget;
      expect({ lines: budget.length > 0, all: budget.every((l) => BUDGET_LINE.test(l)) }).toEqual({ lines: true, all: true });
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'a killed container on the second engine is drift, and deploy heals it there',
    async () => {
      second.docker(['rm', '-f', SECOND_CONTAINERS[1]]);
      const s = await env.cli(['status', copy.file]);
      expect(s.code).toBe(1);
      expect(s.out).toContain(`missing    ${SECOND_CONTAINERS[1]}`);
      const d = await env.cli(['deploy', copy.file, '--auto-approve']);
      expect({ code: d.code, err: d.err }).toEqual({ code: 0, err: '' });
      expect(onSecond().containers).toEqual(SECOND_CONTAINERS);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    'destroy with the spec leaves nothing on either engine',
    async () => {
      const r = await env.cli(['destroy', copy.file, '--auto-approve']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`${SITE}: destroyed — terraform destroy`);
      expect(labelled(SITE)).toEqual(nothing);
      expect(onSecond()).toEqual(nothing);
    },
    INTEGRATION_TIMEOUT,
  );
});
