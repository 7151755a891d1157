import { ADDRESSES_IN_COMMON_LIMITS, controllerAddresses, controllerExtraMemoryMb, controllerExtraPids } from '../../../spec/model/controller-size';

describe('controller size', () => {
  test('addresses: served fabrics, tenant networks and backbones', () => {
    expect(controllerAddresses(1, 3, 200)).toBe(204);
  });

  test('up to the addresses the common limits hold, nothing extra', () => {
    expect([controllerExtraMemoryMb(ADDRESSES_IN_COMMON_LIMITS), controllerExtraPids(ADDRESSES_IN_COMMON_LIMITS)]).toEqual([0, 0]);
  });

  test('past them, 320 KB and one process per address, memory rounded up to whole MB', () => {
    expect([controllerExtraMemoryMb(ADDRESSES_IN_COMMON_LIMITS + 1), controllerExtraPids(ADDRESSES_IN_COMMON_LIMITS + 1)]).toEqual([1, 1]);
    expect(controllerExtraMemoryMb(ADDRESSES_IN_COMMON_LIMITS + 64)).toBe(20);
  });
});
