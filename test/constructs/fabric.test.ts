import { bridgeName } from '../../spec/model/docker-names';
import { fabricsNetwork } from '../../spec/model/fabric-networks';
import { Network } from '@cdktf/provider-docker/lib/network';
import { Testing } from 'cdktf';
import { Fabric, FabricProps } from '../../constructs/fabric';
import { labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

const props = (over: Partial<FabricProps> = {}): FabricProps => ({
  siteName: 'site-a',
  name: 'mgmt',
  purpose: 'management',
  linkGbps: 10,
  subnet: '10.50.1.0/24',
  topology: 'flat',
  ...over,
});

function network(over: Partial<FabricProps> = {}): Record<string, unknown> {
  const stack = testStack();
  new Fabric(stack, 'fabric', props(over));
  return resources(synthJson(stack), 'docker_network')[0];
}

describe('Fabric', () => {
  test('a fabric without egress is internal', () => {
    expect(network().internal).toBe(true);
  });

  test('a fabric with egress on an air-gapped site is internal', () => {
    expect(network({ egress: true, airGapped: true }).internal).toBe(true);
  });

  test('a fabric with egress on a site that is not air-gapped routes out', () => {
    expect(network({ egress: true, airGapped: false }).internal).toBe(false);
  });

  test('the internal attribute matches the network', () => {
    const f = new Fabric(testStack(), 'fabric', props({ egress: true }));
    expect(f.internal).toBe(false);
  });

  test('the network is named <site>-<fabric> with the spec subnet', () => {
    const stack = testStack();
    new Fabric(stack, 'fabric', props());
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Network, { name: 'site-a-mgmt', ipam_config: [{ subnet: '10.50.1.0/24' }] });
  });

  test('networkName is a reference to the network, so containers depend on it', () => {
    const f = new Fabric(testStack(), 'fabric', props());
    expect(f.networkName).toMatch(/^\$\{TfToken\[/);
  });

  test('the network carries site, role, fabric, purpose and site labels', () => {
    expect(labelsOf(network({ siteLabels: { 'aisite.label.tier': 'edge' } }))).toEqual({
      'aisite.fabric': 'mgmt',
      'aisite.label.tier': 'edge',
      'aisite.managed-by': 'aisite',
      'aisite.owner': '${var.aisite_owner}',
      'aisite.owner-state': '${var.aisite_owner_state}',
      'aisite.purpose': 'management',
      'aisite.role': 'fabric',
      'aisite.site': 'site-a',
    });
  });

  test('the spec keeps only the fabric fields', () => {
    const f = new Fabric(testStack(), 'fabric', props({ siteLabels: { a: 'b' }, airGapped: true }));
    expect(f.spec).toEqual({ name: 'mgmt', purpose: 'management', linkGbps: 10, subnet: '10.50.1.0/24', topology: 'flat' });
  });

  test('its host bridge has the deterministic name the host firewall uses', () => {
    expect(network().options).toEqual({ 'com.docker.network.bridge.name': bridgeName('site-a-mgmt') });
    expect(bridgeName('site-a-mgmt')).toMatch(/^ais-[0-9a-f]{11}$/);
  });

  test('an overlay fabric has no host bridge to name', () => {
    expect(network({ overlay: true }).options).toBeUndefined();
  });

  describe('a network standing for several fabrics (programme fidelity)', () => {
    const compute = { name: 'compute', purpose: 'compute' as const, linkGbps: 400, subnet: '10.50.0.0/24', topology: 'leaf-spine' as const };
    const shared = () => fabricsNetwork('site-a', [compute, props({ egress: true })]);

    test('takes its name, subnet and way out from the plan', () => {
      const stack = testStack();
      const f = new Fabric(stack, 'fabric', { ...compute, siteName: 'site-a', network: { ...shared(), subnet: '10.50.1.0/24' } });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(Network, {
        name: 'site-a-compute_mgmt',
        internal: false,
        ipam_config: [{ subnet: '10.50.1.0/24' }],
      });
      expect([f.internal, f.spec.name, f.network.fabrics.map((x) => x.name)]).toEqual([false, 'compute', ['compute', 'mgmt']]);
    });

    test('is labelled with every fabric and purpose it stands for', () => {
      const labels = labelsOf(network({ ...compute, network: shared() }));
      expect([labels['aisite.fabric'], labels['aisite.purpose']]).toEqual(['compute,mgmt', 'compute,management']);
    });
  });
});
