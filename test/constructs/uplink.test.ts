import { Testing } from 'cdktf';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { Uplink } from '../../constructs/uplink';
import { hospitalProps, synthJson, testStack } from '../helpers/construct-fixture';

describe('Uplink', () => {
  test('keeps its name, peer and bandwidth', () => {
    const u = new Uplink(testStack(), 'uplink', { siteName: 'site-a', name: 'to-national', peer: 'national', gbps: 100 });
    expect([u.linkName, u.peer, u.gbps]).toEqual(['to-national', 'national', 100]);
  });

  test('creates no Docker resources of its own', () => {
    const stack = testStack();
    new Uplink(stack, 'uplink', { siteName: 'site-a', name: 'to-national', peer: 'national', gbps: 100 });
    expect(synthJson(stack).resource).toBeUndefined();
  });

  test('a site exposes its uplinks by name', () => {
    const site = new MicroDataCenter(testStack(), 'site', hospitalProps({ airGapped: false, uplinks: [{ name: 'to-national', peer: 'national', gbps: 100 }] }));
    expect([...site.uplinks.entries()].map(([k, u]) => [k, u.peer, u.gbps])).toEqual([['to-national', 'national', 100]]);
  });

  test('an uplink on an air-gapped site fails synthesis', () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps({ uplinks: [{ name: 'to-national', peer: 'national', gbps: 100 }] }));
    expect(() => Testing.synth(stack, true)).toThrow(/AIS7\d\d [a-z-]+ at spec\.uplinks/);
  });
});
