import { programmeBenchOptions, slowestSite } from '../../bench/programme-bench';

describe('slowestSite', () => {
  test("the site with the most seconds in deploy's closing line, deployed or unchanged", () => {
    expect(slowestSite('[1/3 sites, 2.0s] a: deployed\n✔ a deployed (12.5s), b unchanged (40s), c deployed (39.9s)\n')).toEqual({ site: 'b', seconds: 40 });
  });

  test('no closing line, no slowest site', () => {
    expect(slowestSite('aisite: a: failed\n')).toBeUndefined();
  });
});

describe('programmeBenchOptions', () => {
  test('defaults: 200 MDCs, 4 deployed and 8 destroyed side by side, fabrics in 10.128.0.0/14, twin networks in 10.132.0.0/14, verified, no floor', () => {
    expect(programmeBenchOptions({})).toEqual({
      mdcs: 200,
      parallel: 4,
      destroyParallel: 8,
      fabricBlock: '10.128.0.0/14',
      twinPool: '10.132.0.0/14',
      floor: false,
      verify: true,
    });
  });

  test('the environment sets them', () => {
    expect(
      programmeBenchOptions({
        AISITE_PROGRAMME_MDCS: '39',
        AISITE_PROGRAMME_PARALLEL: '8',
        AISITE_PROGRAMME_DESTROY_PARALLEL: '12',
        AISITE_PROGRAMME_FABRIC_BLOCK: '10.9.0.0/16',
        AISITE_PROGRAMME_TWIN_POOL: '10.10.0.0/16',
        AISITE_PROGRAMME_FLOOR: '1',
        AISITE_PROGRAMME_VERIFY: '0',
      }),
    ).toEqual({ mdcs: 39, parallel: 8, destroyParallel: 12, fabricBlock: '10.9.0.0/16', twinPool: '10.10.0.0/16', floor: true, verify: false });
  });

  test('a count that is not a whole number of at least 1 is refused, naming the variable', () => {
    expect(() => programmeBenchOptions({ AISITE_PROGRAMME_MDCS: 'many' })).toThrow(
      "AISITE_PROGRAMME_MDCS must be a whole number of at least 1, but 'many' was given",
    );
  });
});
