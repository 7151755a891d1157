/**
 * Several sites at once on the real Docker engine: `deploy --all` in dependency order,
 * uplinks made real as backbone networks between controllers, destroy in reverse order.
 * Three copies of the factory MDC: a and b peered by an uplink, c on its own.
 */
import {
  DeployEnv,
  describeDeploy,
  docker,
  httpGet,
  inspect,
  INTEGRATION_TIMEOUT,
  labelled,
  lookup,
  NetworkInspect,
  SiteCopy,
  testSiteName,
} from '../helpers/deploy-env';
import { backboneNetworkName, controllerName } from '../../spec/model/docker-names';

const none = { containers: [], networks: [], volumes: [] };

describeDeploy('multi-site deploy (real Docker engine, real Terraform)', [], () => {
  let env: DeployEnv;
  let a: SiteCopy;
  let b: SiteCopy;
  let c: SiteCopy;
  let files: string[];
  let backbone: string;

  beforeAll(() => {
    env = new DeployEnv('it-multi');
    const peerB = testSiteName('peer-b');
    a = env.site('gwangju-factory-01.yaml', 'peer-a', (doc) => doc.setIn(['spec', 'uplinks'], [{ name: 'to-b', peer: peerB, gbps: 100 }]));
    b = env.site('gwangju-factory-01.yaml', 'peer-b', (doc) => doc.setIn(['spec', 'uplinks'], [{ name: 'to-a', peer: a.name, gbps: 100 }]));
    c = env.site('gwangju-factory-01.yaml', 'alone-c', (doc) => doc.setIn(['spec', 'uplinks'], []));
    files = [a.file, b.file, c.file];
    backbone = backboneNetworkName(a.name, b.name);
  });

  afterAll(async () => {
    expect(await env.cleanup()).toEqual([]);
  }, INTEGRATION_TIMEOUT);

  test(
    'deploying the site that attaches to a backbone before its owner fails naming the owner, creating nothing',
    async () => {
      const r = await env.cli(['deploy', ...files, '--site', b.name, '--auto-approve']);
      expect(r.code).toBe(1);
      expect(r.err).toContain(
        `aisite: ${b.name}: its uplink peer ${a.name} is not deployed (no backbone network ${backbone}) — deploy ${a.name} first, or both together with --all`,
      );
      expect(labelled(b.name)).toEqual(none);
    },
    INTEGRATION_TIMEOUT,
  );

  test(
    '--all deploys all three, the backbone owner before the site that attaches to it, with a combined tally',
    async () => {
      const r = await env.cli(['deploy', ...files, '--all', '--auto-approve', '--parallel', '2']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      const tally = r.out.split('\n').filter((l) => /^\[\d\/3 sites, /.test(l));
      expect(tally).toHaveLength(3);
      const order = tally.map((l) => l.replace(/^\[\d\/3 sites, [\d.]+s\] /, '').split(':')[0]);
      expect(order.indexOf(a.name)).toBeLessThan(order.indexOf(b.name));
      for (const s of [a, b, c]) expect((await env.cli(['status', ...files, '--site', s.name])).code).toBe(0);
    },
    INTEGRATION_TIMEOUT,
  );

  test('the backbone joins exactly the two peered controllers, and it has no route out', () => {
    const [net] = inspect<NetworkInspect>([backbone], 'network');
    expect(net.Internal).toBe(true);
    expect(
      Object.values(net.Containers ?? {})
        .map((x) => x.Name)
        .sort(),
    ).toEqual([controllerName(a.name), controllerName(b.name)].sort());
  });

  test('peered controllers reach each other by site name over the backbone', () => {
    const ip = lookup(controllerName(a.name), b.name);
    expect(ip).toBeDefined();
    const got = httpGet(controllerName(a.name), ip!, '/inventory.json');
    expect(got.ok).toBe(true);
    expect(JSON.parse(got.body).site).toBe(b.name);
  });

  test('a site that is not peered cannot reach them', () => {
    const [net] = inspect<NetworkInspect>([backbone], 'network');
    const bIp = Object.values(net.Containers ?? {})
      .find((x) => x.Name === controllerName(b.name))!
      .IPv4Address.split('/')[0];
    expect(lookup(controllerName(c.name), b.name)).toBeUndefined();
    expect(httpGet(controllerName(c.name), bIp, '/inventory.json', 2).ok).toBe(false);
  });

  test(
    'destroy --all removes the attached site before the owner, and leaves nothing',
    async () => {
      const r = await env.cli(['destroy', ...files, '--all', '--auto-approve']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      const lines = r.out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(':')[0]);
      expect(lines.indexOf(b.name)).toBeLessThan(lines.indexOf(a.name));
      for (const s of [a, b, c]) expect(labelled(s.name)).toEqual(none);
      expect(docker(['network', 'ls', '-q', '--filter', `name=^${backbone}$`]).trim()).toBe('');
    },
    INTEGRATION_TIMEOUT,
  );
});
