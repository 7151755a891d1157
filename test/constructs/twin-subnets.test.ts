/** The subnets a site construct gives its tenant and backbone networks (spec/model/twin-addresses.ts). */
import { Network } from '@cdktf/provider-docker/lib/network';
import { Testing } from 'cdktf';
import { InvalidSiteError } from '../../constructs/ai-site';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { hospitalProps, resources, synthJson, testStack } from '../helpers/construct-fixture';

function tenantSubnets(props = hospitalProps()) {
  const stack = testStack();
  new MicroDataCenter(stack, 'site', props);
  return Object.fromEntries(
    resources(synthJson(stack), 'docker_network')
      .filter((n) => String(n.name).includes('-tenant-'))
      .map((n) => [n.name, (n.ipam_config as Array<{ subnet: string }>)[0].subnet]),
  );
}

describe('twin subnets of a site construct', () => {
  test('a site alone gives each tenant network a /24 of the pool in spec.twin.addressPool', () => {
    const subnets = tenantSubnets(hospitalProps({ addressPool: '10.77.0.0/23' }));
    expect(Object.keys(subnets).sort()).toEqual(['test-hospital-tenant-pathology', 'test-hospital-tenant-radiology']);
    expect(Object.values(subnets).sort()).toEqual(['10.77.0.0/24', '10.77.1.0/24']);
  });

  test('the subnets given by the set (twinSubnets) win, as Testing matchers see them', () => {
    const stack = testStack();
    const twinSubnets = new Map([
      ['test-hospital-tenant-radiology', '10.250.1.0/24'],
      ['test-hospital-tenant-pathology', '10.250.2.0/24'],
    ]);
    new MicroDataCenter(stack, 'site', { ...hospitalProps(), twinSubnets });
    const json = Testing.synth(stack);
    expect(json).toHaveResourceWithProperties(Network, { name: 'test-hospital-tenant-radiology', ipam_config: [{ subnet: '10.250.1.0/24' }] });
    expect(json).toHaveResourceWithProperties(Network, { name: 'test-hospital-tenant-pathology', ipam_config: [{ subnet: '10.250.2.0/24' }] });
  });

  test('the same props give the same subnets', () => {
    expect(tenantSubnets()).toEqual(tenantSubnets());
  });

  test('a pool the fabrics fill refuses synthesis with AIS406 and the fix', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps({ addressPool: '10.90.0.0/24' }));
    expect(() => Testing.synth(stack)).toThrow(InvalidSiteError);
    expect(() => Testing.synth(stack)).toThrow(
      /AIS406 twin-address-pool at spec\.twin\.addressPool: the twin address pool must be large enough .*'test-hospital-tenant-pathology' \(a \/24\).*but 10\.90\.0\.0\/24 was given\. Fix: set spec\.twin\.addressPool/,
    );
  });

  test('a network missing from twinSubnets refuses synthesis rather than letting Docker pick', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', { ...hospitalProps(), twinSubnets: new Map([['test-hospital-tenant-radiology', '10.250.1.0/24']]) });
    expect(() => Testing.synth(stack)).toThrow(/AIS406.*'test-hospital-tenant-pathology'/);
  });
});
