/**
 * `aisite verify` against a real deployment: the isolation the spec intends, probed from
 * inside the containers, including a TCP server this test starts on the host (all
 * addresses). Also what makes it hold: the host firewall rules for internal bridges, the
 * controller's per-network inventory, the PIDs limit and a writable /data. Gated like
 * every deploy test (test/helpers/gates.ts).
 */
import * as net from 'net';
import { AIR_GAP_CHAIN, hostIptables, installedBridges } from '../../deploy/air-gap';
import { CONTAINER_PIDS_LIMIT } from '../../constructs/hardening';
import { bridgeName, controllerName, tenantContainerName, tenantNetworkName } from '../../spec/model/docker-names';
import {
  busybox,
  ContainerInspect,
  DeployEnv,
  describeDeploy,
  docker,
  httpGet,
  inspect,
  INTEGRATION_TIMEOUT,
  labelled,
  lookup,
  SiteCopy,
  testSiteName,
} from '../helpers/deploy-env';

const TENANTS = ['radiology-ai', 'emr-assistant', 'pathology-ai'];

interface VerifyJson {
  violations: number;
  airGap: Array<{ site: string; enforceable: boolean; bridges: string[]; closed: string[] }>;
  matrix: Array<{ from: string; to: string; expected: string; observed: string; violation: boolean; reached: string[] }>;
}

describeDeploy('aisite verify (real Docker engine, real Terraform)', [], () => {
  let env: DeployEnv;
  let site: SiteCopy;
  let server: net.Server;
  let port: number;
  const accepted: string[] = [];

  beforeAll(async () => {
    env = new DeployEnv('it-verify');
    site = env.site('daejeon-hospital-01.yaml', 'verify');
    server = net.createServer((s) => {
      accepted.push(s.remoteAddress ?? '?');
      s.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    port = (server.address() as net.AddressInfo).port;
  });

  afterAll(async () => {
    server.close();
    expect(await env.cleanup()).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  const verify = async (...more: string[]) => {
    const r = await env.cli(['verify', site.file, '--host-port', String(port), '--format', 'json', ...more]);
    return { code: r.code, err: r.err, report: JSON.parse(r.out) as VerifyJson };
  };
  const tenant = (t: string) => tenantContainerName(site.name, t);

  test(
    'deploy --verify deploys the air-gapped hospital and finds no violation; the host firewall closes every internal bridge',
    async () => {
      const r = await env.cli(['deploy', site.file, '--auto-approve', '--verify']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      expect(r.out).toContain(`${site.name}: host firewall: 6 internal bridges closed to the host (${AIR_GAP_CHAIN})`);
      expect(r.out).toContain(`${site.name}: 0 violation(s) in `);
      expect(r.out).toMatch(/✔ 0 violation\(s\); \d+ probes( \(\d+ probed again\))? in [\d.]+s/);
      const bridges = [...TENANTS.map((t) => tenantNetworkName(site.name, t)), ...['compute', 'storage', 'mgmt'].map((f) => `${site.name}-${f}`)]
        .map(bridgeName)
        .sort();
      expect(installedBridges(site.name)).toEqual(bridges);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    "the host's own TCP server (all addresses) answers no tenant: through its network's gateway, another network's gateway or the Docker API",
    async () => {
      const { code, report } = await verify();
      expect(code).toBe(0);
      expect(report.violations).toBe(0);
      const hostRows = report.matrix.filter((m) => m.to === `host:${port} (host service)`);
      expect(hostRows.length).toBe(6);
      expect(hostRows.map((m) => ({ from: m.from, observed: m.observed }))).toEqual(hostRows.map((m) => ({ from: m.from, observed: 'blocked' })));
      // The matrix probed the gateways of every network of the site and the host's own addresses.
      const gw = Object.values(inspect([tenant('radiology-ai')])[0].NetworkSettings.Networks)[0].Gateway;
      const other = Object.values(inspect([tenant('pathology-ai')])[0].NetworkSettings.Networks)[0].Gateway;
      for (const address of [gw, other]) {
        const probe = busybox(tenant('radiology-ai'), ['timeout', '3', '/bin/busybox', 'nc', '-w', '1', address, String(port)]);
        expect({ address, stderr: probe.stderr.trim() }).toEqual({ address, stderr: 'nc: timed out' });
      }
      expect(accepted).toEqual([]);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    "without the site's host rules the tenants reach the host server and verify fails naming it; deploy puts the rules back",
    async () => {
      const bridges = installedBridges(site.name);
      for (const b of bridges)
        expect(hostIptables(['-D', AIR_GAP_CHAIN, '-i', b, '-m', 'comment', '--comment', `aisite:${site.name}`, '-j', 'DROP']).code).toBe(0);
      const before = await verify();
      expect(before.code).toBe(1);
      const broken = before.report.matrix.filter((m) => m.violation);
      expect(broken.length).toBeGreaterThan(0);
      expect(broken.every((m) => m.to.startsWith('host:') && m.expected === 'blocked' && m.observed === 'reach')).toBe(true);
      expect(broken.map((m) => m.from)).toContain(tenant('radiology-ai'));
      expect(accepted.length).toBeGreaterThan(0);
      const text = await env.cli(['verify', site.file, '--host-port', String(port)]);
      expect(text.code).toBe(1);
      expect(text.out).toContain(`✘ ${tenant('radiology-ai')} → host:${port} (host service): expected blocked, answered on `);
      expect(text.out).toContain('(the site is air-gapped)');

      const again = await env.cli(['deploy', site.file, '--auto-approve']);
      expect({ code: again.code, err: again.err }).toEqual({ code: 0, err: '' });
      // The bridge names read back as given: no perpetual diff; only the host rules were missing.
      expect(again.out).toContain(`${site.name}: plan: no changes\n`);
      expect(again.out).toContain(`${site.name}: host firewall: 6 internal bridges closed to the host (${AIR_GAP_CHAIN})\n`);
      expect(installedBridges(site.name)).toEqual(bridges);
      expect((await verify()).report.violations).toBe(0);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    "a tenant container connected to another tenant's network is a violation, named",
    async () => {
      const intruder = tenant('radiology-ai');
      docker(['network', 'connect', tenantNetworkName(site.name, 'pathology-ai'), intruder]);
      try {
        const { code, report } = await verify();
        expect(code).toBe(1);
        // Both tenants now reach each other, and the pathology pool's nodes reach the intruder.
        expect(
          report.matrix
            .filter((m) => m.violation)
            .map((m) => `${m.from} → ${m.to}: ${m.expected}/${m.observed}`)
            .sort(),
        ).toEqual(
          [
            `${site.name}-cab-a-atom-0 → ${intruder}: blocked/reach`,
            `${intruder} → ${tenant('pathology-ai')}: blocked/reach`,
            `${tenant('pathology-ai')} → ${intruder}: blocked/reach`,
          ].sort(),
        );
      } finally {
        docker(['network', 'disconnect', tenantNetworkName(site.name, 'pathology-ai'), intruder]);
      }
    },
    INTEGRATION_TIMEOUT,
  );

  test("on a tenant network the controller serves that tenant's slice only; the whole inventory on the management fabric", () => {
    for (const t of TENANTS) {
      const ip = lookup(tenant(t), 'controller');
      const got = httpGet(tenant(t), ip!, '/inventory.json');
      expect({ t, ok: got.ok }).toEqual({ t, ok: true });
      const slice = JSON.parse(got.body);
      expect(slice.site).toBe(site.name);
      expect(slice.tenant.name).toBe(t);
      expect(slice.tenants).toBeUndefined();
      for (const other of TENANTS.filter((o) => o !== t)) expect({ t, leaks: got.body.includes(other) }).toEqual({ t, leaks: false });
    }
    const node = `${site.name}-cab-a-rngd-0`;
    const mgmt = inspect([controllerName(site.name)])[0].NetworkSettings.Networks[`${site.name}-mgmt`].IPAddress;
    const whole = JSON.parse(httpGet(node, mgmt, '/inventory.json').body);
    expect(whole.tenants.map((t: { name: string }) => t.name)).toEqual(TENANTS);
  });

  test('every container has the PIDs limit, and the tenants and the controller can write their /data', () => {
    const names = docker(['ps', '--filter', `label=aisite.site=${site.name}`, '--format', '{{.Names}}'])
      .split('\n')
      .filter(Boolean);
    expect(names.length).toBe(10);
    for (const c of inspect<ContainerInspect & { HostConfig: { PidsLimit: number } }>(names))
      expect({ c: c.Name, pids: c.HostConfig.PidsLimit }).toEqual({ c: c.Name, pids: CONTAINER_PIDS_LIMIT });
    for (const c of [controllerName(site.name), ...TENANTS.map(tenant)]) {
      const w = busybox(c, ['sh', '-c', 'echo ok > /data/probe && cat /data/probe && rm /data/probe']);
      expect({ c, out: w.stdout.trim(), err: w.stderr.trim() }).toEqual({ c, out: 'ok', err: '' });
    }
  });

  test(
    "destroy removes the site's host rules",
    async () => {
      const r = await env.cli(['destroy', site.file, '--auto-approve']);
      expect(r.code).toBe(0);
      expect(installedBridges(site.name)).toEqual([]);
    },
    INTEGRATION_TIMEOUT,
  );
});

describeDeploy('aisite verify on every bundled example together (real Docker engine, real Terraform)', [], () => {
  let env: DeployEnv;
  let files: string[];
  let names: { hospital: string; factory: string; national: string };

  beforeAll(() => {
    env = new DeployEnv('it-verify-all');
    const factory = testSiteName('v-factory');
    const national = testSiteName('v-national');
    const hospital = env.site('daejeon-hospital-01.yaml', 'v-hospital');
    const f = env.site('gwangju-factory-01.yaml', 'v-factory', (doc) => doc.setIn(['spec', 'uplinks'], [{ name: 'to-national', peer: national, gbps: 100 }]));
    const n = env.site('haenam-national-ai-center.yaml', 'v-national', (doc) =>
      doc.setIn(['spec', 'uplinks'], [{ name: 'to-factory', peer: factory, gbps: 100 }]),
    );
    files = [hospital.file, f.file, n.file];
    names = { hospital: hospital.name, factory: f.name, national: n.name };
  });

  afterAll(async () => {
    expect(await env.cleanup()).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  test(
    'deploy --all --verify passes: peered controllers reach each other over their backbone, the hospital reaches neither',
    async () => {
      // A twin of at most 8 server containers per site: the national center's 64 overload a shared 2-core machine.
      const r = await env.cli([
        'deploy',
        ...files,
        '--all',
        '--parallel',
        '2',
        '--auto-approve',
        '--verify',
        '--max-containers',
        '8',
        '--health-timeout',
        '300',
      ]);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      expect(r.out).toMatch(/✔ 0 violation\(s\); \d+ probes( \(\d+ probed again\))? in [\d.]+s/);
      const v = await env.cli(['verify', ...files, '--all', '--max-containers', '8', '--format', 'json']);
      expect(v.code).toBe(0);
      const matrix = (JSON.parse(v.out) as VerifyJson).matrix;
      const cell = (from: string, to: string) => matrix.find((m) => m.from === controllerName(from) && m.to === controllerName(to))!;
      expect(cell(names.factory, names.national)).toMatchObject({ expected: 'reach', observed: 'reach' });
      expect(cell(names.national, names.factory)).toMatchObject({ expected: 'reach', observed: 'reach' });
      expect(cell(names.hospital, names.national)).toMatchObject({ expected: 'blocked', observed: 'blocked' });
      expect(cell(names.factory, names.hospital)).toMatchObject({ expected: 'blocked', observed: 'blocked' });
      const report = JSON.parse(v.out) as VerifyJson & { probes: number; reprobed: number; seconds: number };
      console.log(`verify --all of the three examples: ${report.probes} probes (${report.reprobed} probed again) in ${report.seconds}s`);
    },
    INTEGRATION_TIMEOUT * 4,
  );

  test(
    'destroy --all removes the three examples',
    async () => {
      const r = await env.cli(['destroy', ...files, '--all', '--auto-approve']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      for (const n of Object.values(names)) expect({ n, left: labelled(n) }).toEqual({ n, left: { containers: [], networks: [], volumes: [] } });
    },
    INTEGRATION_TIMEOUT,
  );
});
