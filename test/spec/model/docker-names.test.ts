import { bridgeName } from '../../../spec/model/docker-names';

describe('bridgeName', () => {
  test('is 15 characters, the Linux limit for an interface name, whatever the network name', () => {
    for (const n of ['a', 'daejeon-hospital-01-tenant-radiology-ai', `aisite-backbone-${'x'.repeat(63)}--${'y'.repeat(63)}`]) {
      expect(bridgeName(n)).toMatch(/^ais-[0-9a-f]{11}$/);
    }
  });

  test('the same network name always gives the same bridge, different ones differ', () => {
    expect(bridgeName('site-mgmt')).toBe(bridgeName('site-mgmt'));
    expect(bridgeName('site-mgmt')).not.toBe(bridgeName('site-compute'));
    // `printf site-mgmt | sha256sum | cut -c1-11`
    expect(bridgeName('site-mgmt')).toBe('ais-9503814797e');
  });
});
