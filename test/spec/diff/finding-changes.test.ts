import { findingChanges, findingKey } from '../../../spec/diff/finding-changes';
import { Finding } from '../../../spec/findings';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    code: 'AIS201',
    rule: 'cabinet-power-budget',
    severity: 'error',
    message: 'm',
    location: { file: 'a.yaml', line: 3, column: 5 },
    path: '/spec/cabinets/0/powerBudgetKw',
    site: 's',
    ...over,
  };
}

describe('findingChanges', () => {
  test('a finding only after is introduced', () => {
    const f = finding();
    expect(findingChanges([], [f])).toEqual({ introduced: [f], resolved: [], suppressed: [], unsuppressed: [] });
  });

  test('a finding only before is resolved', () => {
    const f = finding();
    expect(findingChanges([f], [])).toEqual({ introduced: [], resolved: [f], suppressed: [], unsuppressed: [] });
  });

  test('a finding that moved to another line, with a new figure in its message, is the same finding', () => {
    const r = findingChanges([finding()], [finding({ location: { file: 'a.yaml', line: 40, column: 1 }, message: 'other figure' })]);
    expect(r).toEqual({ introduced: [], resolved: [], suppressed: [], unsuppressed: [] });
  });

  test('the same code on another path is another finding', () => {
    const r = findingChanges([finding()], [finding({ path: '/spec/cabinets/1/powerBudgetKw' })]);
    expect(r.introduced).toHaveLength(1);
    expect(r.resolved).toHaveLength(1);
  });

  test('a second finding with the same key is introduced when one was there before', () => {
    const r = findingChanges([finding()], [finding(), finding({ message: 'again' })]);
    expect(r.introduced.map((f) => f.message)).toEqual(['again']);
  });

  test('findings about a file without a site are matched through the file keys of each side', () => {
    const parse = (file: string) => finding({ code: 'AIS002', site: undefined, path: undefined, location: { file, line: 1, column: 1 } });
    const strip = (f: string) => f.replace(/^HEAD~1:/, '');
    expect(findingChanges([parse('HEAD~1:sites/a.yaml')], [parse('sites/a.yaml')], strip)).toEqual({
      introduced: [],
      resolved: [],
      suppressed: [],
      unsuppressed: [],
    });
  });
  test('a counted finding that a suppression accepts on the new side is suppressed, not resolved', () => {
    const f = finding();
    expect(findingChanges([f], [], undefined, undefined, { before: [], after: [f] })).toEqual({
      introduced: [],
      resolved: [],
      suppressed: [f],
      unsuppressed: [],
    });
  });

  test('a suppressed finding counted again on the new side is unsuppressed, not introduced', () => {
    const f = finding();
    expect(findingChanges([], [f], undefined, undefined, { before: [f], after: [] })).toEqual({
      introduced: [],
      resolved: [],
      suppressed: [],
      unsuppressed: [f],
    });
  });
});

describe('findingKey', () => {
  test('is made of code, site and path, not the line', () => {
    expect(findingKey(finding())).toBe(findingKey(finding({ location: { file: 'b.yaml', line: 99, column: 9 } })));
  });
});
