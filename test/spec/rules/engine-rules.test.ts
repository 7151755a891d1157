import { cabinetEngines, engineEnvs, siteEngines } from '../../../spec/model/docker-engines';
import { codes, mdcSite, MUST_BE, only, toYaml, validateYaml } from '../../helpers/site-fixture';

/** The fixture with a second cabinet cab-b (one node group, in no pool). */
function twoCabinets() {
  const site = mdcSite();
  site.spec.cabinets.push({
    name: 'cab-b',
    rackUnits: 42,
    powerBudgetKw: 20,
    cooling: 'air',
    nodeGroups: [{ name: 'atom', count: 2, accelerator: 'rebellions-atom', acceleratorsPerNode: 4 }],
  });
  return site;
}

describe('AIS901 docker-cert-path-needs-tcp', () => {
  test('dockerCertPath on a site without a tcp:// host is an error at the field', () => {
    const site = mdcSite();
    site.spec.dockerHost = 'unix:///var/run/docker.sock';
    site.spec.dockerCertPath = '/etc/aisite/certs';
    const f = only(validateYaml(toYaml(site)), 'AIS901');
    expect(f.severity).toBe('error');
    expect(f.rule).toBe('docker-cert-path-needs-tcp');
    expect(f.path).toBe('/spec/dockerCertPath');
    expect(f.message).toMatch(MUST_BE);
    expect(f.message).toBe("the site's dockerCertPath must be used with a tcp:// dockerHost (TLS), but dockerHost is 'unix:///var/run/docker.sock' was given");
  });

  test('a cabinet with certificates on a local or ssh:// engine is an error at the cabinet', () => {
    const site = twoCabinets();
    site.spec.cabinets[1].dockerHost = 'ssh://ops@rack-b';
    site.spec.cabinets[1].dockerCertPath = '/certs/b';
    const f = only(validateYaml(site), 'AIS901');
    expect(f.path).toBe('/spec/cabinets/1/dockerCertPath');
    expect(f.message).toContain("cabinet 'cab-b'");
    const local = twoCabinets();
    local.spec.cabinets[1].dockerCertPath = '/certs/b';
    expect(only(validateYaml(local), 'AIS901').message).toContain('it runs on the local engine');
  });

  test('no finding for tcp:// with certificates, on the site or a cabinet', () => {
    const site = twoCabinets();
    site.spec.dockerHost = 'tcp://10.0.0.1:2376';
    site.spec.dockerCertPath = '/certs/site';
    site.spec.cabinets[1].dockerHost = 'tcp://10.0.0.2:2376';
    site.spec.cabinets[1].dockerCertPath = '/certs/b';
    expect(codes(validateYaml(site)).filter((c) => c.startsWith('AIS9'))).toEqual([]);
  });
});

describe('AIS902 docker-tcp-without-tls', () => {
  test('a tcp:// host without certificates is a warning, on the site and on a cabinet', () => {
    const site = twoCabinets();
    site.spec.dockerHost = 'tcp://10.0.0.1:2375';
    site.spec.cabinets[1].dockerHost = 'tcp://10.0.0.2:2375';
    const found = validateYaml(site)
      .filter((f) => f.code === 'AIS902')
      .sort((a, b) => (a.path! < b.path! ? -1 : 1));
    expect(found.map((f) => [f.severity, f.path])).toEqual([
      ['warning', '/spec/cabinets/1/dockerHost'],
      ['warning', '/spec/dockerHost'],
    ]);
    expect(found[0].message).toBe(
      "dockerHost 'tcp://10.0.0.2:2375' of cabinet 'cab-b' must be secured with TLS (dockerCertPath), but no dockerCertPath was given; plain TCP gives anyone who reaches the port root on the engine",
    );
  });

  test("a cabinet on the site's tcp:// host inherits the site's certificates: no warning", () => {
    const site = twoCabinets();
    site.spec.dockerHost = 'tcp://10.0.0.1:2376';
    site.spec.dockerCertPath = '/certs/site';
    site.spec.cabinets[1].dockerHost = 'tcp://10.0.0.1:2376';
    expect(codes(validateYaml(site))).not.toContain('AIS902');
  });
});

describe('dockerHost and dockerCertPath in the schema', () => {
  test('a cabinet host must be unix://, tcp:// or ssh://', () => {
    const site = twoCabinets();
    site.spec.cabinets[1].dockerHost = 'http://rack-b';
    const errors = validateYaml(site).filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toMatch(/^AIS1\d\d$/);
    expect(errors[0].path).toBe('/spec/cabinets/1/dockerHost');
  });
});

describe('the engines of a site', () => {
  test('the site engine first, then one per distinct cabinet endpoint in cabinet order, aliased docker-<n>', () => {
    const site = twoCabinets();
    site.spec.cabinets.push({ ...structuredClone(site.spec.cabinets[1]), name: 'cab-c' });
    site.spec.cabinets[1].dockerHost = 'unix:///run/b.sock';
    site.spec.cabinets[2].dockerHost = 'tcp://10.0.0.3:2376';
    site.spec.cabinets[2].dockerCertPath = '/certs/c';
    expect(siteEngines(site.spec)).toEqual([
      { index: 0, cabinets: ['cab-a'] },
      { index: 1, alias: 'docker-1', host: 'unix:///run/b.sock', cabinets: ['cab-b'] },
      { index: 2, alias: 'docker-2', host: 'tcp://10.0.0.3:2376', certPath: '/certs/c', cabinets: ['cab-c'] },
    ]);
    expect(cabinetEngines(site.spec).get('cab-c')?.alias).toBe('docker-2');
    // A cabinet naming the site's own host is on the site's engine.
    site.spec.dockerHost = 'unix:///run/b.sock';
    expect(siteEngines(site.spec).map((e) => e.cabinets)).toEqual([['cab-a', 'cab-b'], ['cab-c']]);
  });

  test('a cabinet whose node groups all run as swarm services stays on the site engine', () => {
    const site = twoCabinets();
    site.spec.cabinets[1].dockerHost = 'unix:///run/b.sock';
    site.spec.pools!.push({ name: 'batch', nodeGroups: ['cab-b/atom'], target: 'swarm' });
    expect(siteEngines(site.spec)).toEqual([{ index: 0, cabinets: ['cab-a', 'cab-b'] }]);
  });

  test('engineEnvs: the environment as given for the site engine, DOCKER_HOST and TLS variables per cabinet engine', () => {
    const site = twoCabinets();
    site.spec.cabinets[1].dockerHost = 'tcp://10.0.0.2:2376';
    site.spec.cabinets[1].dockerCertPath = '/certs/b';
    const base = { PATH: '/bin', DOCKER_CONTEXT: 'other' };
    const [own, b] = engineEnvs(site.spec, base);
    expect(own).toEqual({ host: 'unix:///var/run/docker.sock', env: base, cabinets: ['cab-a'], index: 0 });
    expect(b).toEqual({
      host: 'tcp://10.0.0.2:2376',
      env: { PATH: '/bin', DOCKER_HOST: 'tcp://10.0.0.2:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs/b' },
      cabinets: ['cab-b'],
      index: 1,
    });
  });
});
