import { backbonesOf, dependenciesOf, dependencyOrder } from '../../../spec/model/backbone';
import { validatePaths } from '../../../spec/validate';

const examples = validatePaths(['examples']).sites;
const only = (...names: string[]) => examples.filter((s) => names.includes(s.name));

describe('backbonesOf', () => {
  test('one backbone per pair of given sites joined by an uplink, owned by the national center', () => {
    expect(backbonesOf(examples)).toEqual([
      {
        name: 'aisite-backbone-gwangju-factory-01--haenam-national-ai-center',
        sites: ['gwangju-factory-01', 'haenam-national-ai-center'],
        owner: 'haenam-national-ai-center',
        gbps: 100,
      },
    ]);
  });

  test('an uplink whose peer is not among the given sites stays a record: no backbone', () => {
    expect(backbonesOf(only('gwangju-factory-01'))).toEqual([]);
  });

  test('between two sites of one kind the owner is the name that sorts first', () => {
    const gwangju = examples.find((s) => s.name === 'gwangju-factory-01')!;
    const peer = {
      ...gwangju,
      name: 'aaa-factory',
      spec: {
        ...gwangju.spec,
        metadata: { ...gwangju.spec.metadata, name: 'aaa-factory' },
        spec: { ...gwangju.spec.spec, uplinks: [{ name: 'x', peer: 'gwangju-factory-01', gbps: 10 }] },
      },
    };
    const mdc = { ...gwangju, spec: { ...gwangju.spec, spec: { ...gwangju.spec.spec, uplinks: [{ name: 'y', peer: 'aaa-factory', gbps: 10 }] } } };
    expect(backbonesOf([mdc, peer]).map((b) => b.owner)).toEqual(['aaa-factory']);
  });
});

describe('dependenciesOf and dependencyOrder', () => {
  test('the site that attaches depends on the owner', () => {
    expect(dependenciesOf(backbonesOf(examples))).toEqual(new Map([['gwangju-factory-01', new Set(['haenam-national-ai-center'])]]));
  });

  test('owners come first; ties keep the given order', () => {
    const deps = new Map([
      ['b', new Set(['c'])],
      ['a', new Set(['c'])],
    ]);
    expect(dependencyOrder(['a', 'b', 'c', 'd'], deps)).toEqual(['c', 'a', 'b', 'd']);
  });

  test('a dependency outside the given sites does not hold a site back', () => {
    expect(dependencyOrder(['a'], new Map([['a', new Set(['z'])]]))).toEqual(['a']);
  });

  test('the attaching side is whichever of the pair is not the owner, first or second', () => {
    const pair = (owner: string) => ({ name: 'n', sites: ['a', 'b'] as [string, string], owner, gbps: 1 });
    expect(dependenciesOf([pair('b')])).toEqual(new Map([['a', new Set(['b'])]]));
    expect(dependenciesOf([pair('a')])).toEqual(new Map([['b', new Set(['a'])]]));
  });

  test('a site with several owners depends on each', () => {
    const deps = dependenciesOf([
      { name: 'x', sites: ['a', 'm'], owner: 'a', gbps: 1 },
      { name: 'y', sites: ['b', 'm'], owner: 'b', gbps: 1 },
    ]);
    expect(deps).toEqual(new Map([['m', new Set(['a', 'b'])]]));
  });

  test('a cycle is refused, naming the sites caught in it', () => {
    const deps = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
    ]);
    expect(() => dependencyOrder(['c', 'a', 'b'], deps)).toThrow('uplink dependencies form a cycle among a, b');
  });
});
