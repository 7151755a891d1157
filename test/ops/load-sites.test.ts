import * as path from 'path';
import { selectSites } from '../../ops/load-sites';
import { UsageError } from '../../spec/errors';
import { validatePaths } from '../../spec/validate';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const sites = validatePaths([EXAMPLES]).sites;
const names = (list: ReadonlyArray<{ name: string }>) => list.map((s) => s.name);

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).exitCode).toBe(2);
    return e as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('selectSites', () => {
  test('the examples hold three sites', () => {
    expect(names(sites)).toEqual(['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center']);
  });

  test('--site picks one by metadata.name', () => {
    expect(names(selectSites(sites, { site: 'gwangju-factory-01' }))).toEqual(['gwangju-factory-01']);
  });

  test('--site with a name not given: a usage error listing the sites there are', () => {
    expect(usageError(() => selectSites(sites, { site: 'busan-clinic-01' })).message).toBe(
      '--site busan-clinic-01 is not among the given sites (daejeon-hospital-01, gwangju-factory-01, haenam-national-ai-center)',
    );
    expect(usageError(() => selectSites([], { site: 'busan-clinic-01' })).message).toBe('--site busan-clinic-01 is not among the given sites (none)');
  });

  test('several sites and neither --site nor --all: a usage error naming both', () => {
    expect(usageError(() => selectSites(sites, {})).message).toBe(
      'the paths hold 3 sites (daejeon-hospital-01, gwangju-factory-01, haenam-national-ai-center): choose one with --site NAME, or --all',
    );
  });

  test('no sites at all: a usage error', () => {
    expect(usageError(() => selectSites([], {})).message).toBe('no sites found in the given paths');
    expect(selectSites([], { all: true })).toEqual([]);
  });

  test('one site needs neither option; --all takes every site', () => {
    expect(names(selectSites(sites.slice(0, 1), {}))).toEqual(['daejeon-hospital-01']);
    expect(names(selectSites(sites, { all: true }))).toEqual(names(sites));
  });
});
