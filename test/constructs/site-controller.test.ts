import { Container } from '@cdktf/provider-docker/lib/container';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { Testing } from 'cdktf';
import { SiteController, SiteControllerProps } from '../../constructs/site-controller';
import { labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

const INVENTORY = JSON.stringify({ site: 'site-a', servers: 3 });
const props = (over: Partial<SiteControllerProps> = {}): SiteControllerProps => ({
  siteName: 'site-a',
  imageId: 'image-id',
  inventory: INVENTORY,
  networks: ['net-mgmt', 'net-tenant-a'],
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

  test('is reachable as controller on every network it joins', () => {
    expect(controller().networks_advanced).toEqual([{ name: 'net-mgmt', aliases: ['controller'] }, { name: 'net-tenant-a', aliases: ['controller'] }]);
  });

  test('serves the inventory it is given', () => {
    expect(controller().env).toEqual(['AISITE_ROLE=controller', 'AISITE_SITE=site-a', `AISITE_INVENTORY=${INVENTORY}`]);
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
    expect(labelsOf(resources(json, 'docker_container')[0])).toEqual({ 'aisite.label.tier': 'edge', 'aisite.managed-by': 'aisite', 'aisite.owner': '${var.aisite_owner}', 'aisite.owner-state': '${var.aisite_owner_state}', 'aisite.role': 'controller', 'aisite.site': 'site-a' });
    expect(labelsOf(resources(json, 'docker_volume')[0])['aisite.role']).toBe('storage');
  });

  test('is hardened', () => {
    expect(controller()).toMatchObject({ privileged: false, read_only: true, network_mode: 'bridge', must_run: true });
  });
});
