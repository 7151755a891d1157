import { AcceleratorPool } from '../../constructs/accelerator-pool';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { hospitalProps, testStack } from '../helpers/construct-fixture';

describe('AcceleratorPool', () => {
  test('keeps its name, node groups and accelerators', () => {
    const pool = new AcceleratorPool(testStack(), 'pool', { name: 'inference', nodeGroups: ['cab-a/rngd'], accelerators: 16 });
    expect([pool.poolName, pool.nodeGroups, pool.accelerators]).toEqual(['inference', ['cab-a/rngd'], 16]);
  });

  test('copies the node group list, so later changes to the props do not leak in', () => {
    const groups = ['cab-a/rngd'];
    const pool = new AcceleratorPool(testStack(), 'pool', { name: 'inference', nodeGroups: groups, accelerators: 16 });
    groups.push('cab-b/rngd');
    expect(pool.nodeGroups).toEqual(['cab-a/rngd']);
  });

  test('starts with no tenants', () => {
    expect(new AcceleratorPool(testStack(), 'pool', { name: 'p', nodeGroups: [], accelerators: 0 }).tenants).toEqual([]);
  });

  test('lists tenants in the order they were added', () => {
    const pool = new AcceleratorPool(testStack(), 'pool', { name: 'p', nodeGroups: [], accelerators: 0 });
    pool.addTenant('b');
    pool.addTenant('a');
    expect(pool.tenants).toEqual(['b', 'a']);
  });

  test('a site counts accelerators over the pool’s node groups', () => {
    const site = new MicroDataCenter(testStack(), 'site', hospitalProps());
    expect([...site.pools.values()].map((p) => [p.poolName, p.accelerators])).toEqual([
      ['inference', 16],
      ['vision', 4],
    ]);
  });

  test('a site records the tenants of each pool', () => {
    const site = new MicroDataCenter(testStack(), 'site', hospitalProps());
    expect([...site.pools.values()].map((p) => [p.poolName, p.tenants])).toEqual([
      ['inference', ['radiology']],
      ['vision', ['pathology']],
    ]);
  });
});
