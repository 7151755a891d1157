import { DIFF_JSON_SCHEMA, diffJson } from '../../../../cli/format/diff/json';
import { diffSites } from '../../../../spec/diff/site-diff';
import { mdcSite } from '../../../helpers/site-fixture';
import { fileOf, side } from '../../../spec/diff/diff-fixture';

describe('diffJson', () => {
  const grown = mdcSite();
  grown.spec.cabinets[0].count = 2;
  const diff = diffSites(side(fileOf(mdcSite())), side(fileOf(grown)));
  const data = JSON.parse(diffJson(diff, { before: 'HEAD~1', after: 'working tree' }, '9.9.9'));

  test("starts with the shape's version, aisite's version and the two sides", () => {
    expect(Object.keys(data).slice(0, 4)).toEqual(['schema', 'aisite', 'before', 'after']);
    expect([data.schema, data.aisite, data.before, data.after]).toEqual([DIFF_JSON_SCHEMA, '9.9.9', 'HEAD~1', 'working tree']);
  });

  test('numbers stay numbers, with before, after and delta', () => {
    expect(data.sites[0].totals.accelerators).toEqual({ before: 32, after: 64, delta: 32 });
  });

  test('says whether anything changed', () => {
    expect(data.changed).toBe(true);
  });

  test('the same diff gives the same bytes', () => {
    expect(diffJson(diffSites(side(fileOf(mdcSite())), side(fileOf(grown))), { before: 'HEAD~1', after: 'working tree' }, '9.9.9')).toBe(
      JSON.stringify(data, null, 2) + '\n',
    );
  });
});
