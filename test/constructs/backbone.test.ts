import { bridgeName } from '../../spec/model/docker-names';
import { Network } from '@cdktf/provider-docker/lib/network';
import { Testing } from 'cdktf';
import { Backbone, BackboneProps } from '../../constructs/backbone';
import { labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

const props = (over: Partial<BackboneProps> = {}): BackboneProps => ({ siteName: 'center-b', peer: 'mdc-a', owner: true, gbps: 100, ...over });

describe('Backbone', () => {
  test('the owner creates one internal network named after both sites, sorted', () => {
    const stack = testStack();
    new Backbone(stack, 'bb', props());
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Network, { name: 'aisite-backbone-center-b--mdc-a', internal: true });
  });

  test('its labels say the owner site, the role and both peers', () => {
    const stack = testStack();
    new Backbone(stack, 'bb', props());
    expect(labelsOf(resources(synthJson(stack), 'docker_network')[0])).toMatchObject({
      'aisite.site': 'center-b',
      'aisite.role': 'backbone',
      'aisite.peers': 'center-b,mdc-a',
      'aisite.gbps': '100',
    });
  });

  test('the other site creates nothing and refers to the network by its plain name', () => {
    const stack = testStack();
    const b = new Backbone(stack, 'bb', props({ siteName: 'mdc-a', peer: 'center-b', owner: false }));
    expect(resources(synthJson(stack), 'docker_network')).toEqual([]);
    expect(b.networkName).toBe('aisite-backbone-center-b--mdc-a');
  });

  test("the backbone's host bridge has the deterministic name the host firewall uses", () => {
    const stack = testStack();
    new Backbone(stack, 'bb', props());
    expect(resources(synthJson(stack), 'docker_network')[0].options).toEqual({
      'com.docker.network.bridge.name': bridgeName('aisite-backbone-center-b--mdc-a'),
    });
  });

  test('the owner gives its network the given subnet as its ipam_config', () => {
    const stack = testStack();
    new Backbone(stack, 'bb', props({ subnet: '10.250.3.0/24' }));
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Network, { name: 'aisite-backbone-center-b--mdc-a', ipam_config: [{ subnet: '10.250.3.0/24' }] });
  });
});
