import { formatText } from '../../../cli/format/text';
import { validatePaths } from '../../../spec/validate';

const opts = { strict: false, color: false, version: '0' };

describe('formatText', () => {
  test('prints a fix line under each finding', () => {
    const out = formatText(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts);
    expect(out).toMatch(/AIS201 .*must be at most its powerBudgetKw of 5 kW, but 9\.6 kW is drawn by its servers\n\s+fix: raise powerBudgetKw/);
  });

  test('ends with a failure summary when errors exist', () => {
    const out = formatText(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts);
    expect(out.trimEnd().split('\n').pop()).toMatch(/^✖ 1 site in 1 file: \d+ errors?, \d+ warnings?/);
  });

  test('says --strict made warnings fail', () => {
    const out = formatText(validatePaths(['examples/haenam-national-ai-center.yaml']), { ...opts, strict: true });
    expect(out).toMatch(/--strict: warnings fail/);
  });
});
