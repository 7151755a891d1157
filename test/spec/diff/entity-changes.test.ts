import { entityChanges, fieldChanges, sameValue } from '../../../spec/diff/entity-changes';

const byName = (r: Readonly<Record<string, unknown>>) => String(r.name);

describe('entityChanges', () => {
  test('a name only after is added, with its written fields', () => {
    const c = entityChanges([], [{ name: 'cab-b', count: 2 }], byName, ['name']);
    expect(c).toEqual([{ name: 'cab-b', change: 'added', fields: [{ field: 'count', after: 2 }] }]);
  });

  test('a name only before is removed, with its written fields', () => {
    const c = entityChanges([{ name: 'cab-b', count: 2 }], [], byName, ['name']);
    expect(c).toEqual([{ name: 'cab-b', change: 'removed', fields: [{ field: 'count', before: 2 }] }]);
  });

  test('a name on both sides with another value is changed, naming only the changed fields', () => {
    const c = entityChanges([{ name: 'a', count: 1, cooling: 'air' }], [{ name: 'a', count: 2, cooling: 'air' }], byName);
    expect(c).toEqual([{ name: 'a', change: 'changed', fields: [{ field: 'count', before: 1, after: 2 }] }]);
  });

  test('an equal entry is not listed', () => {
    expect(entityChanges([{ name: 'a', count: 1 }], [{ name: 'a', count: 1 }], byName)).toEqual([]);
  });

  test('ignored fields are not compared', () => {
    expect(entityChanges([{ name: 'a', nodeGroups: [1] }], [{ name: 'a', nodeGroups: [2] }], byName, ['nodeGroups'])).toEqual([]);
  });

  test('order: the new side first, then the removed ones', () => {
    const c = entityChanges([{ name: 'gone' }, { name: 'x', n: 1 }], [{ name: 'new' }, { name: 'x', n: 2 }], byName);
    expect(c.map((e) => `${e.change} ${e.name}`)).toEqual(['added new', 'changed x', 'removed gone']);
  });
});

describe('fieldChanges', () => {
  test('a field written on one side only has no value on the other', () => {
    expect(fieldChanges({ a: 1 }, { a: 1, egress: true })).toEqual([{ field: 'egress', after: true }]);
  });
});

describe('sameValue', () => {
  test('key order does not matter', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
  });

  test('list order matters', () => {
    expect(sameValue(['cab-a/npu', 'cab-b/npu'], ['cab-b/npu', 'cab-a/npu'])).toBe(false);
  });
});

describe('sameValue on scalars and shapes', () => {
  test('different scalars differ', () => {
    expect(sameValue(1, 2)).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });

  test('a list and an object with index keys differ', () => {
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });

  test('an object with one key more differs', () => {
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  test('a key set to undefined is as good as no key', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  test('lists of another length differ', () => {
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
  });
});
