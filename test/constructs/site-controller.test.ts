import { Container } from '@cdktf/provider-docker/lib/container';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { Testing } from 'cdktf';
import { SiteController, SiteControllerProps } from '../../constructs/site-controller';
import { labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

const INVENTORY = JSON.stringify({ site: 'site-a', servers: 3 });
const SLICE = JSON.stringify({ site: 'site-a', tenant: { name: 'tenant-a' } });
const PUBLIC = JSON.stringify({ site: 'site-a' });
const props = (over: Partial<SiteControllerProps> = {}): SiteControllerProps => ({
  siteName: 'site-a',
  imageId: 'image-id',
  inventory: INVENTORY,
  networks: ['net-mgmt'],
  fullSubnets: ['10.0.2.0/24'],
  tenantNetworks: [{ tenant: 'tenant-a', network: 'net-tenant-a', inventory: SLICE }],
  publicInventory: PUBLIC,
  ...over,
});

function controller(over: Partial<SiteControllerProps> = {}): Record<string, unknown> {
  const stack = testStack();
  new SiteController(stack, 'controller', props(over));
  return resources(synthJson(stack), 'docker_container')[0];
}

describe('SiteController', () => {
  test('one container named <site>-controller with hostname controller', () => {
    const stack = testStack();
    new SiteController(stack, 'controller', props());
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Container, { name: 'site-a-controller', hostname: 'controller', image: 'image-id' });
  });

  test('is reachable as controller on every network it joins, and on a tenant network also by an alias only that network has', () => {
    expect(controller().networks_advanced).toEqual([
      { name: 'net-mgmt', aliases: ['controller'] },
      { name: 'net-tenant-a', aliases: ['controller', 'controller-for-tenant-a'] },
    ]);
  });

  test('is given the whole inventory with the subnets it is served on, each tenant slice with its alias, and the public facts', () => {
    expect(controller().env).toEqual([
      'AISITE_ROLE=controller',
      'AISITE_SITE=site-a',
      `AISITE_INVENTORY=${INVENTORY}`,
      `AISITE_PUBLIC_INVENTORY=${PUBLIC}`,
      'AISITE_FULL_SUBNETS=10.0.2.0/24',
      `AISITE_TENANT_INVENTORIES=controller-for-tenant-a ${SLICE}`,
    ]);
  });

  test('one line per tenant slice', () => {
    const env = controller({
      tenantNetworks: [
        { tenant: 'a', network: 'n-a', inventory: '{"a":1}' },
        { tenant: 'b', network: 'n-b', inventory: '{"b":2}' },
      ],
    }).env as string[];
    expect(env.find((e) => e.startsWith('AISITE_TENANT_INVENTORIES='))).toBe('AISITE_TENANT_INVENTORIES=controller-for-a {"a":1}\ncontroller-for-b {"b":2}');
  });

  test('with the common limits while it has few addresses: no memory of its own, no PIDs label', () => {
    const c = controller({ backboneNetworks: ['bb-1', 'bb-2'] });
    expect([c.memory, labelsOf(c)['aisite.pids-limit']]).toEqual([32, undefined]);
  });

  test('a center with 200 backbones gets memory and processes for one httpd per address', () => {
    // 1 management fabric + 1 tenant + 200 backbones = 202 addresses, 138 past the 64 the
    // common limits hold: 138 x 320 KB = 44 MB (rounded up) and 138 processes more.
    const c = controller({ backboneNetworks: Array.from({ length: 200 }, (_, i) => `bb-${i}`) });
    expect([c.memory, c.memory_swap, labelsOf(c)['aisite.pids-limit']]).toEqual([32 + 44, 2 * (32 + 44), String(128 + 138)]);
  });

  test('has a site data volume named <site>-data', () => {
    const stack = testStack();
    new SiteController(stack, 'controller', props());
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Volume, { name: 'site-a-data' });
  });

  test('mounts the site volume at /data', () => {
    expect(controller().volumes).toEqual([{ volume_name: expect.stringMatching(/^\$\{docker_volume\.[^.]+\.name\}$/), container_path: '/data' }]);
  });

  test('is labelled as the controller, its volume as storage', () => {
    const stack = testStack();
    new SiteController(stack, 'controller', props({ siteLabels: { 'aisite.label.tier': 'edge' } }));
    const json = synthJson(stack);
    expect(labelsOf(resources(json, 'docker_container')[0])).toEqual({
      'aisite.label.tier': 'edge',
      'aisite.managed-by': 'aisite',
      'aisite.owner': '${var.aisite_owner}',
      'aisite.owner-state': '${var.aisite_owner_state}',
      'aisite.role': 'controller',
      'aisite.site': 'site-a',
    });
    expect(labelsOf(resources(json, 'docker_volume')[0])['aisite.role']).toBe('storage');
  });

  test('is hardened', () => {
    expect(controller()).toMatchObject({ privileged: false, read_only: true, network_mode: 'bridge', must_run: true });
  });
});
