import { MicroDataCenter } from '../../constructs/micro-data-center';
import { hospitalProps, labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';
import { parseCidr, overlaps } from '../../spec/net/cidr';
import { DEFAULT_TWIN_ADDRESS_POOL } from '../../spec/model/twin-addresses';

type Json = ReturnType<typeof synthJson>;

/** The hospital with the atom node group moved to cabinet cab-b, placed by `cabB`. */
function split(cabB: Record<string, string>, site: Record<string, string> = {}) {
  const props = hospitalProps(site);
  const cabA = { ...props.cabinets[0], nodeGroups: [props.cabinets[0].nodeGroups[0]] };
  const b = { name: 'cab-b', rackUnits: 42, powerBudgetKw: 20, cooling: 'air' as const, nodeGroups: [props.cabinets[0].nodeGroups[1]], ...cabB };
  return {
    ...props,
    cabinets: [cabA, b],
    pools: [
      { name: 'inference', nodeGroups: ['cab-a/rngd'] },
      { name: 'vision', nodeGroups: ['cab-b/atom'] },
    ],
  };
}

function synth(props: ReturnType<typeof split>): Json {
  const stack = testStack();
  new MicroDataCenter(stack, 'site', props);
  return synthJson(stack, true);
}

const providers = (json: Json) => (json as unknown as { provider: { docker: Array<Record<string, unknown>> } }).provider.docker;
const prov = (r: Record<string, unknown>) => (r.provider === undefined || r.provider === 'docker' ? 'default' : String(r.provider));

describe('remote Docker hosts per cabinet', () => {
  test('a cabinet on another engine: a second provider (alias docker-1) with its host, its own node image, its containers there', () => {
    const json = synth(split({ dockerHost: 'unix:///run/rack-b.sock' }));
    expect(providers(json)).toEqual([{}, { alias: 'docker-1', host: 'unix:///run/rack-b.sock' }]);
    const images = resources(json, 'docker_image');
    expect(images.map((i) => prov(i)).sort()).toEqual(['default', 'docker.docker-1']);
    expect(images[0].name).toBe(images[1].name);
    const nodes = resources(json, 'docker_container').filter((c) => labelsOf(c)['aisite.role'] === 'node');
    expect(nodes.map((c) => [labelsOf(c)['aisite.cabinet'], prov(c)])).toEqual([
      ['cab-a', 'default'],
      ['cab-b', 'docker.docker-1'],
    ]);
    const atom = nodes.find((c) => labelsOf(c)['aisite.cabinet'] === 'cab-b')!;
    expect(String(atom.image)).toContain('docker_image.site_node-image-docker-1_image');
    // The controller and the gateways stay on the site's engine.
    const others = resources(json, 'docker_container').filter((c) => labelsOf(c)['aisite.role'] !== 'node');
    expect(others.every((c) => prov(c) === 'default')).toBe(true);
  });

  test('the networks cab-b needs are made on its engine too, same name and subnet; the others only on the site engine', () => {
    const json = synth(split({ dockerHost: 'unix:///run/rack-b.sock' }));
    const nets = resources(json, 'docker_network').map((n) => [n.name, (n.ipam_config as Array<{ subnet?: string }> | undefined)?.[0]?.subnet ?? '-', prov(n)]);
    expect(nets.sort()).toEqual(
      [
        ['test-hospital-compute', '10.90.0.0/24', 'default'],
        ['test-hospital-compute', '10.90.0.0/24', 'docker.docker-1'],
        ['test-hospital-mgmt', '10.90.1.0/24', 'default'],
        ['test-hospital-mgmt', '10.90.1.0/24', 'docker.docker-1'],
        ['test-hospital-tenant-pathology', 'in the twin pool', 'default'],
        ['test-hospital-tenant-pathology', 'in the twin pool', 'docker.docker-1'],
        ['test-hospital-tenant-radiology', 'in the twin pool', 'default'],
      ].map(([name, subnet, p]) => [name, subnet === 'in the twin pool' ? nets.find((n) => n[0] === name && n[2] === 'default')![1] : subnet, p]),
    );
    const pool = parseCidr(DEFAULT_TWIN_ADDRESS_POOL)!;
    for (const [name, subnet] of nets.filter((n) => n[0].includes('-tenant-'))) {
      expect([name, overlaps(parseCidr(subnet)!, pool) && parseCidr(subnet)!.prefix === 24]).toEqual([name, true]);
    }
    const atom = resources(json, 'docker_container').find((c) => labelsOf(c)['aisite.cabinet'] === 'cab-b')!;
    expect(JSON.stringify(atom.networks_advanced)).toMatch(/docker-1/);
    expect(JSON.stringify(atom.networks_advanced)).not.toMatch(/fabric-compute_network\.name/);
  });

  test('tcp:// with TLS: the provider gets host and cert_path; a site host and certs go to the default provider', () => {
    const json = synth(
      split({ dockerHost: 'tcp://10.0.0.2:2376', dockerCertPath: '/etc/aisite/rack-b' }, {
        dockerHost: 'tcp://10.0.0.1:2376',
        dockerCertPath: '/etc/aisite/site',
      } as never),
    );
    expect(providers(json)).toEqual([
      { host: 'tcp://10.0.0.1:2376', cert_path: '/etc/aisite/site' },
      { alias: 'docker-1', host: 'tcp://10.0.0.2:2376', cert_path: '/etc/aisite/rack-b' },
    ]);
  });

  test("same spec, same bytes; a cabinet on the site's own host adds nothing", () => {
    const a = JSON.stringify(synth(split({ dockerHost: 'unix:///run/rack-b.sock' })));
    expect(JSON.stringify(synth(split({ dockerHost: 'unix:///run/rack-b.sock' })))).toBe(a);
    const same = synth(split({ dockerHost: 'unix:///run/site.sock' }, { dockerHost: 'unix:///run/site.sock' } as never));
    expect(providers(same)).toEqual([{ host: 'unix:///run/site.sock' }]);
    expect(resources(same, 'docker_image')).toHaveLength(1);
  });
});
