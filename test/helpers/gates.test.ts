/**
 * The gate helpers: what a gated group needs and which variables demand it, and the
 * reporter's last line built from the names of skipped groups.
 */
import { parseSkippedName, skippedName, summary } from './gate-reporter';
import { Dependency, gateOf } from './gates';

const present: Dependency = { name: 'here', require: 'AISITE_REQUIRE_DOCKER', missing: () => undefined };
const noPg: Dependency = { name: 'PostgreSQL', require: 'AISITE_REQUIRE_POSTGRES', missing: () => 'no PostgreSQL' };
const noEngine: Dependency = { name: 'docker engine', require: 'AISITE_REQUIRE_DOCKER', missing: () => 'docker engine: not running' };

describe('gateOf', () => {
  test('everything present: nothing missing', () => {
    expect(gateOf([present], {})).toEqual({ missing: [], demandedBy: [] });
  });

  test('lists each missing dependency and only the variables of this group that are set', () => {
    expect(gateOf([present, noPg, noEngine], { AISITE_REQUIRE_POSTGRES: '1', AISITE_REQUIRE_CHROMIUM: '1' })).toEqual({
      missing: ['no PostgreSQL', 'docker engine: not running'],
      demandedBy: ['AISITE_REQUIRE_POSTGRES'],
    });
  });

  test('a variable set to anything but 1 demands nothing', () => {
    expect(gateOf([noEngine], { AISITE_REQUIRE_DOCKER: 'yes' }).demandedBy).toEqual([]);
  });
});

describe('skipped group names', () => {
  test('read back as they were made', () => {
    const name = skippedName(
      'deploy integration',
      ['docker engine: not running', 'provider mirror: not built'],
      ['AISITE_REQUIRE_DOCKER', 'AISITE_REQUIRE_MIRROR'],
    );
    expect(name).toBe(
      'deploy integration — not run: docker engine: not running | provider mirror: not built (set AISITE_REQUIRE_DOCKER=1 or AISITE_REQUIRE_MIRROR=1 to make this a failure)',
    );
    expect(parseSkippedName(name)).toEqual({
      group: 'deploy integration',
      reasons: ['docker engine: not running', 'provider mirror: not built'],
      variables: ['AISITE_REQUIRE_DOCKER', 'AISITE_REQUIRE_MIRROR'],
    });
  });

  test('any other name is not a gate', () => {
    expect(parseSkippedName('some describe')).toBeUndefined();
  });
});

describe('summary (the last line of a run)', () => {
  test('nothing skipped says so', () => {
    expect(summary(new Map())).toBe('Not run: nothing (every gated test ran)');
  });

  test('each reason once, with the groups it stopped and their test counts, and the variables', () => {
    const skipped = new Map([
      [skippedName('pg deploys', ['docker engine: not running'], ['AISITE_REQUIRE_DOCKER', 'AISITE_REQUIRE_POSTGRES']), 5],
      [skippedName('deploys', ['docker engine: not running', 'mirror: missing'], ['AISITE_REQUIRE_DOCKER']), 13],
    ]);
    expect(summary(skipped)).toBe(
      'Not run: 18 skipped tests — docker engine: not running [deploys (13), pg deploys (5)]; mirror: missing [deploys (13)] — AISITE_REQUIRE_DOCKER=1, AISITE_REQUIRE_POSTGRES=1 make these failures',
    );
  });

  test('a skipped group that is not a gate is named too', () => {
    expect(summary(new Map([['forgotten describe', 2]]))).toBe('Not run: 2 skipped tests — skipped without a gate: forgotten describe (2)');
  });

  test('with a -t name filter, the groups it left out are counted as such', () => {
    expect(
      summary(
        new Map([
          ['one', 2],
          ['two', 1],
        ]),
        'national',
      ),
    ).toBe('Not run: 3 skipped tests — 2 groups left out by -t national');
  });
});
