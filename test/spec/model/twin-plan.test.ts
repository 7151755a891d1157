import fc from 'fast-check';
import { ResolvedSite } from '../../../spec/model/resolved-site';
import { DEFAULT_MAX_CONTAINERS, NodeGroupPlan, planTwin, TwinBudgetError } from '../../../spec/model/twin-plan';
import { parseSource } from '../../../spec/load/load-files';
import { Site } from '../../../spec/site-types.generated';
import { validateDocuments, validatePaths } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

type Cabinets = Pick<ResolvedSite, 'cabinets'>;

/** A site shape with one cabinet per group (count 1), each with one node group of `n` servers. */
function groupsOf(sizes: readonly number[]): Cabinets {
  return {
    cabinets: sizes.map((n, i) => ({
      name: `cab-${i}`,
      count: 1,
      nodeGroups: [{ ref: `cab-${i}/ng`, cabinetName: `cab-${i}`, spec: { name: 'ng', count: n }, servers: n }],
    })),
  } as unknown as Cabinets;
}

function resolve(site: Site): ResolvedSite {
  const src = toYaml(site);
  return validateDocuments(parseSource(src.file, src.text).documents).sites[0];
}

/** Servers a group's containers stand for, added up container by container. */
function representedServers(g: NodeGroupPlan): number {
  return g.represents * (g.containers - 1) + g.lastRepresents;
}

const national = validatePaths(['examples/haenam-national-ai-center.yaml']).sites[0];

describe('planTwin', () => {
  test('a small site gets one container per server', () => {
    const site = mdcSite();
    site.spec.cabinets[0].count = 2;
    const plan = planTwin(resolve(site));
    expect(plan.groups.map((g) => [g.ref, g.servers, g.containers, g.represents, g.lastRepresents])).toEqual([['cab-a/npu', 8, 8, 1, 1]]);
  });

  test('a site of exactly the budget is still one container per server', () => {
    const plan = planTwin(groupsOf([40, 24]), { maxContainers: 64 });
    expect(plan.groups.map((g) => g.represents)).toEqual([1, 1]);
    expect(plan.containers).toBe(64);
  });

  test('the default budget is 64 server containers and twin fidelity', () => {
    const plan = planTwin(groupsOf([1024]));
    expect(DEFAULT_MAX_CONTAINERS).toBe(64);
    expect([plan.fidelity, plan.containers, plan.groups[0].represents]).toEqual(['twin', 64, 16]);
  });

  test('the national example is 64 containers with the default budget, 32 per group, each standing for 64 servers', () => {
    const plan = planTwin(national);
    expect(plan.servers).toBe(4096);
    expect(plan.containers).toBe(64);
    expect(plan.groups.map((g) => [g.ref, g.servers, g.containers, g.represents, g.lastRepresents, g.serversPerCabinet])).toEqual([
      ['gpu-su/dgx', 2048, 32, 64, 64, 4],
      ['npu-row/rebel', 2048, 32, 64, 64, 8],
    ]);
  });

  test('containers may stay under the budget when servers per container round up', () => {
    // 1000 / 64 rounds up to 16 per container, and 16 x 63 already covers 1000
    const g = planTwin(groupsOf([1000])).groups[0];
    expect([g.containers, g.represents, g.lastRepresents]).toEqual([63, 16, 8]);
  });

  test('a budget that does not divide keeps the total within it', () => {
    expect(planTwin(groupsOf([7, 5, 100]), { maxContainers: 10 }).containers).toBeLessThanOrEqual(10);
  });

  test('a budget that does not divide gives every group at least one container', () => {
    const plan = planTwin(groupsOf([7, 5, 100]), { maxContainers: 10 });
    for (const g of plan.groups) expect(g.containers).toBeGreaterThanOrEqual(1);
  });

  test('a budget that does not divide still represents every server exactly once', () => {
    const plan = planTwin(groupsOf([7, 5, 100]), { maxContainers: 10 });
    expect(plan.groups.map(representedServers)).toEqual([7, 5, 100]);
  });

  test('the last container stands for the remainder', () => {
    const plan = planTwin(groupsOf([7, 5, 100]), { maxContainers: 10 });
    // largest remainder: 7 -> 2 containers (4 + 3), 5 -> 1 (5), 100 -> 7 (6 x 15 + 10)
    expect(plan.groups.map((g) => [g.containers, g.represents, g.lastRepresents])).toEqual([
      [2, 4, 3],
      [1, 5, 5],
      [7, 15, 10],
    ]);
  });

  test('full fidelity is one container per server whatever the budget', () => {
    const plan = planTwin(national, { fidelity: 'full', maxContainers: 1 });
    expect([plan.fidelity, plan.containers, plan.servers]).toEqual(['full', 4096, 4096]);
    expect(plan.groups.every((g) => g.represents === 1 && g.lastRepresents === 1)).toBe(true);
  });

  test('programme fidelity is one container per node group, standing for all its servers', () => {
    const plan = planTwin(national, { fidelity: 'programme' });
    expect(plan.fidelity).toBe('programme');
    expect(plan.groups.map((g) => [g.ref, g.servers, g.containers, g.represents, g.lastRepresents])).toEqual([
      ['gpu-su/dgx', 2048, 1, 2048, 2048],
      ['npu-row/rebel', 2048, 1, 2048, 2048],
    ]);
  });

  test('only a programme twin goes without the node image healthcheck', () => {
    expect((['twin', 'full', 'programme'] as const).map((fidelity) => planTwin(national, { fidelity }).healthchecks)).toEqual([true, true, false]);
  });

  test('programme fidelity ignores the container budget, even one below the number of node groups', () => {
    expect(planTwin(groupsOf([7, 5, 100]), { fidelity: 'programme', maxContainers: 1 }).containers).toBe(3);
  });

  test('programme fidelity keeps a one-server group at one container standing for one server', () => {
    expect(planTwin(groupsOf([1, 9]), { fidelity: 'programme' }).groups.map((g) => [g.containers, g.represents])).toEqual([
      [1, 1],
      [1, 9],
    ]);
  });

  test('property: programme fidelity gives every node group one container that represents every server', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 12 }), (sizes) => {
        const plan = planTwin(groupsOf(sizes), { fidelity: 'programme' });
        expect(plan.containers).toBe(sizes.length);
        expect(plan.groups.map(representedServers)).toEqual(sizes);
      }),
      { numRuns: 100 },
    );
  });

  test('a budget smaller than the number of node groups throws TwinBudgetError', () => {
    expect(() => planTwin(groupsOf([7, 5, 100]), { maxContainers: 2 })).toThrow(TwinBudgetError);
  });

  test('the budget error says how many node groups there are and what was given', () => {
    expect(() => planTwin(national, { maxContainers: 1 })).toThrow('the container budget must be at least the number of node groups (2), but 1 was given');
  });

  test('property: containers stay within any budget of at least one per group, and every server is represented once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 300 }), (sizes, extra) => {
        const budget = sizes.length + extra;
        const plan = planTwin(groupsOf(sizes), { maxContainers: budget });
        expect(plan.containers).toBeLessThanOrEqual(budget);
        expect(plan.containers).toBe(plan.groups.reduce((s, g) => s + g.containers, 0));
        for (const [i, g] of plan.groups.entries()) {
          expect(g.containers).toBeGreaterThanOrEqual(1);
          expect(g.lastRepresents).toBeGreaterThanOrEqual(1);
          expect(g.lastRepresents).toBeLessThanOrEqual(g.represents);
          expect(representedServers(g)).toBe(sizes[i]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
