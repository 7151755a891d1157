import { bridgeName } from '../../spec/model/docker-names';
import { Container } from '@cdktf/provider-docker/lib/container';
import { Testing } from 'cdktf';
import { Network } from '@cdktf/provider-docker/lib/network';
import { HARDENED } from '../../constructs/hardening';
import { Tenant, TenantProps } from '../../constructs/tenant';
import { labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

const props = (over: Partial<TenantProps> = {}): TenantProps => ({
  siteName: 'site-a',
  imageId: 'image-id',
  name: 'radiology',
  pool: 'inference',
  guaranteed: 8,
  ...over,
});

function synth(over: Partial<TenantProps> = {}) {
  const stack = testStack();
  new Tenant(stack, 'tenant', props(over));
  return synthJson(stack);
}

describe('Tenant', () => {
  test('gets its own network named <site>-tenant-<tenant>', () => {
    expect(resources(synth(), 'docker_network').map((n) => n.name)).toEqual(['site-a-tenant-radiology']);
  });

  test('its network is internal on an air-gapped site', () => {
    expect(resources(synth({ airGapped: true }), 'docker_network')[0].internal).toBe(true);
  });

  test('its network is not internal on a site that is not air-gapped', () => {
    expect(resources(synth(), 'docker_network')[0].internal).toBe(false);
  });

  test('gets a data volume named <site>-tenant-<tenant>-data', () => {
    expect(resources(synth(), 'docker_volume').map((v) => v.name)).toEqual(['site-a-tenant-radiology-data']);
  });

  test('a gateway container joins only its network, with the tenant name as alias', () => {
    const gw = resources(synth(), 'docker_container')[0];
    expect(gw.networks_advanced).toEqual([{ name: expect.stringMatching(/^\$\{docker_network\.tenant_network_[^.]+\.name\}$/), aliases: ['radiology'] }]);
  });

  test('the gateway mounts the tenant volume at /data', () => {
    const gw = resources(synth(), 'docker_container')[0];
    expect(gw.volumes).toEqual([{ volume_name: expect.stringMatching(/^\$\{docker_volume\.tenant_volume_[^.]+\.name\}$/), container_path: '/data' }]);
  });

  test('the gateway runs the given image, named after the tenant', () => {
    const stack = testStack();
    new Tenant(stack, 'tenant', props());
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Container, { name: 'site-a-tenant-radiology', image: 'image-id', hostname: 'radiology' });
  });

  test('the gateway is hardened', () => {
    const gw = resources(synth(), 'docker_container')[0];
    expect(gw).toMatchObject({ privileged: false, read_only: true, user: HARDENED.user, capabilities: { drop: ['ALL'] } });
  });

  test('the gateway says who it is in its environment', () => {
    expect(resources(synth(), 'docker_container')[0].env).toEqual(['AISITE_ROLE=tenant', 'AISITE_SITE=site-a', 'AISITE_TENANT=radiology']);
  });

  test('every object carries the tenant and pool labels with its own role', () => {
    const json = synth({ siteLabels: { 'aisite.label.sector': 'health' } });
    const roles = ['docker_network', 'docker_volume', 'docker_container'].map((t) => labelsOf(resources(json, t)[0]));
    expect(roles.map((l) => l['aisite.role'])).toEqual(['tenant-network', 'storage', 'tenant']);
    for (const l of roles) {
      expect(l).toMatchObject({
        'aisite.site': 'site-a',
        'aisite.tenant': 'radiology',
        'aisite.pool': 'inference',
        'aisite.label.sector': 'health',
        'aisite.managed-by': 'aisite',
      });
    }
  });

  test('the spec keeps only the tenant fields', () => {
    const t = new Tenant(testStack(), 'tenant', props({ limit: 16, weight: 2, airGapped: true }));
    expect(t.spec).toEqual({ name: 'radiology', pool: 'inference', guaranteed: 8, limit: 16, weight: 2 });
  });

  test("its network's host bridge has the deterministic name the host firewall uses", () => {
    expect(resources(synth(), 'docker_network')[0].options).toEqual({ 'com.docker.network.bridge.name': bridgeName('site-a-tenant-radiology') });
  });

  test('its network gets the given subnet as its ipam_config', () => {
    const stack = testStack();
    new Tenant(stack, 'tenant', props({ subnet: '10.241.7.0/24' }));
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Network, { name: 'site-a-tenant-radiology', ipam_config: [{ subnet: '10.241.7.0/24' }] });
  });

  test('an overlay tenant network gets the subnet and the gateway Swarm gives it', () => {
    const stack = testStack();
    new Tenant(stack, 'tenant', props({ subnet: '10.241.7.0/24', overlay: true }));
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Network, {
      driver: 'overlay',
      ipam_config: [{ subnet: '10.241.7.0/24', gateway: '10.241.7.1' }],
    });
  });

  test('without a subnet its network has no ipam_config', () => {
    expect(resources(synth(), 'docker_network')[0].ipam_config).toBeUndefined();
  });
});
