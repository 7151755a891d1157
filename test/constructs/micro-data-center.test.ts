import { Network } from '@cdktf/provider-docker/lib/network';
import { Testing } from 'cdktf';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { hospitalProps, labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

describe('MicroDataCenter', () => {
  test('is importable from the package entry point', () => {
    expect(require('../../index').MicroDataCenter).toBe(MicroDataCenter);
  });

  test('one network per fabric with the spec subnet', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Network, {
      name: 'test-hospital-compute',
      ipam_config: [{ subnet: '10.90.0.0/24' }],
    });
  });

  test('fabrics of an air-gapped site are internal', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const nets = resources(synthJson(stack), 'docker_network').filter((n) => labelsOf(n)['aisite.role'] === 'fabric');
    expect(nets.map((n) => n.internal)).toEqual([true, true]);
  });

  describe('at programme fidelity', () => {
    const programme = () => {
      const stack = testStack();
      const site = new MicroDataCenter(stack, 'site', hospitalProps({ twin: { fidelity: 'programme' } }));
      return { site, json: synthJson(stack) };
    };

    test('its two fabrics, alike, share one network with the management subnet', () => {
      const nets = resources(programme().json, 'docker_network').filter((n) => labelsOf(n)['aisite.role'] === 'fabric');
      expect(nets.map((n) => [n.name, n.ipam_config, n.internal, labelsOf(n)['aisite.fabric']])).toEqual([
        ['test-hospital-compute_mgmt', [{ subnet: '10.90.1.0/24' }], true, 'compute,mgmt'],
      ]);
    });

    test('the controller and every node container join that one network; fabrics maps both fabrics to it', () => {
      const { site, json } = programme();
      const shared = site.fabrics.get('compute')!;
      expect(site.fabrics.get('mgmt')).toBe(shared);
      expect(site.fabricNetworks).toEqual([shared]);
      // the construct of the first fabric (id fabric-compute) stands for both
      const ref = '${docker_network.site_fabric-compute_network_C9C81B39.name}';
      const joined = resources(json, 'docker_container')
        .filter((c) => ['node', 'controller'].includes(labelsOf(c)['aisite.role']))
        .map((c) => (c.networks_advanced as Array<{ name: string }>).filter((n) => n.name.includes('fabric')).map((n) => n.name));
      expect(joined.length).toBeGreaterThan(1);
      expect(joined).toEqual(joined.map(() => [ref]));
    });

    test('the inventory says which network each fabric is on', () => {
      const inventory = JSON.parse(programme().site.inventory!) as { fabrics: Array<{ name: string; network?: string }> };
      expect(inventory.fabrics.map((f) => [f.name, f.network])).toEqual([
        ['compute', 'test-hospital-compute_mgmt'],
        ['mgmt', 'test-hospital-compute_mgmt'],
      ]);
    });
  });

  test('one network per tenant', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const names = resources(synthJson(stack), 'docker_network')
      .filter((n) => labelsOf(n)['aisite.role'] === 'tenant-network')
      .map((n) => n.name);
    expect(names.sort()).toEqual(['test-hospital-tenant-pathology', 'test-hospital-tenant-radiology']);
  });

  test('one container resource per node group, counted per server', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const nodes = resources(synthJson(stack), 'docker_container').filter((c) => labelsOf(c)['aisite.role'] === 'node');
    expect(nodes.map((c) => [labelsOf(c)['aisite.node-group'], c.count]).sort()).toEqual([
      ['atom', 1],
      ['rngd', 2],
    ]);
  });

  test('server containers carry the aisite labels', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const rngd = resources(synthJson(stack), 'docker_container').find((c) => labelsOf(c)['aisite.node-group'] === 'rngd')!;
    expect(labelsOf(rngd)).toEqual({
      'aisite.accelerator': 'furiosa-rngd',
      'aisite.accelerators-per-node': '8',
      'aisite.cabinet': 'cab-a',
      'aisite.label.tier': 'edge',
      'aisite.managed-by': 'aisite',
      'aisite.owner': '${var.aisite_owner}',
      'aisite.owner-state': '${var.aisite_owner_state}',
      'aisite.node-group': 'rngd',
      'aisite.pool': 'inference',
      'aisite.represents': '1',
      'aisite.role': 'node',
      'aisite.site': 'test-hospital',
      'aisite.tenants': 'radiology',
    });
  });

  test('every container is hardened', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    for (const c of resources(synthJson(stack), 'docker_container')) {
      expect(c).toMatchObject({
        privileged: false,
        capabilities: { drop: ['ALL'] },
        read_only: true,
        security_opts: ['no-new-privileges:true'],
        user: '65534:65534',
        memory: 32,
        cpus: '0.25',
        network_mode: 'bridge',
      });
    }
  });

  test('containers reference the image id, not its name', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    for (const c of resources(synthJson(stack), 'docker_container')) expect(c.image).toMatch(/^\$\{docker_image\.[^.]+\.image_id\}$/);
  });

  test('servers join their fabrics and their pool tenants, never the default bridge alone', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const atom = resources(synthJson(stack), 'docker_container').find((c) => labelsOf(c)['aisite.node-group'] === 'atom')!;
    const nets = (atom.networks_advanced as Array<{ name: string }>).map((n) => n.name);
    expect(nets).toEqual([expect.stringMatching(/fabric-compute/), expect.stringMatching(/fabric-mgmt/), expect.stringMatching(/tenant-pathology_network/)]);
  });

  test('a tenant gateway joins only its own tenant network', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const gw = resources(synthJson(stack), 'docker_container').find(
      (c) => labelsOf(c)['aisite.tenant'] === 'radiology' && labelsOf(c)['aisite.role'] === 'tenant',
    )!;
    expect((gw.networks_advanced as Array<{ name: string }>).map((n) => n.name)).toEqual([expect.stringMatching(/tenant-radiology_network/)]);
  });

  test('the site controller joins management and every tenant network', () => {
    const stack = testStack();
    const site = new MicroDataCenter(stack, 'site', hospitalProps());
    expect(site.controller).toBeDefined();
    const ctl = resources(synthJson(stack), 'docker_container').find((c) => labelsOf(c)['aisite.role'] === 'controller')!;
    expect((ctl.networks_advanced as Array<{ name: string }>).map((n) => n.name)).toEqual([
      expect.stringMatching(/fabric-mgmt/),
      expect.stringMatching(/tenant-radiology/),
      expect.stringMatching(/tenant-pathology/),
    ]);
  });

  test('volumes for each tenant and the site', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    expect(
      resources(synthJson(stack), 'docker_volume')
        .map((v) => v.name)
        .sort(),
    ).toEqual(['test-hospital-data', 'test-hospital-tenant-pathology-data', 'test-hospital-tenant-radiology-data']);
  });

  test('outputs the inventory, containers and networks', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const out = synthJson(stack).output as unknown as Record<string, { value: string }>;
    expect(Object.keys(out).sort()).toEqual(['containers', 'controller', 'inventory', 'networks']);
    expect(JSON.parse(out.inventory.value)).toMatchObject({ site: 'test-hospital', servers: 3, accelerators: 20, uplinks: [] });
  });

  test('exposes capacity and the twin plan as typed attributes', () => {
    const site = new MicroDataCenter(testStack(), 'site', hospitalProps());
    expect(site.capacity?.accelerators).toBe(20);
    expect(site.plan?.containers).toBe(3);
  });

  test('invalid props fail synthesis listing every error finding', () => {
    const stack = testStack();
    const props = hospitalProps();
    new MicroDataCenter(stack, 'site', {
      ...props,
      cabinets: [{ ...props.cabinets[0], powerBudgetKw: 1, nodeGroups: [{ ...props.cabinets[0].nodeGroups[0], accelerator: 'furiosa-rngdd' }] }],
      pools: [{ name: 'inference', nodeGroups: ['cab-a/rngd'] }],
      tenants: [{ name: 'radiology', pool: 'inferenc', guaranteed: 8 }],
    });
    const thrown = (() => {
      try {
        Testing.synth(stack, true);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(thrown).toMatch(/AIS301 unknown-accelerator at spec\.cabinets\[0\]\.nodeGroups\[0\]\.accelerator: .*Did you mean 'furiosa-rngd'/);
    expect(thrown).toMatch(/AIS603 tenant-pool-reference at spec\.tenants\[0\]\.pool/);
  });

  test('schema errors in props are findings too, with their path', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps({ name: 'Not_A_Dns_Label' }));
    expect(() => Testing.synth(stack, true)).toThrow(/AIS106 schema-format at metadata\.name/);
  });

  test('warnings become construct annotations, not failures', () => {
    const stack = testStack();
    const props = hospitalProps();
    new MicroDataCenter(stack, 'site', { ...props, fabrics: [{ ...props.fabrics![0], oversubscription: 2 }, props.fabrics![1]] });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    const site = stack.node.findChild('site');
    expect(site.node.metadata.map((m) => String(m.data))).toEqual([expect.stringMatching(/^AIS505 compute-fabric-oversubscription/)]);
  });
});
