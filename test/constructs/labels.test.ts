import { dockerLabels, metadataLabels } from '../../constructs/labels';

describe('dockerLabels', () => {
  test('always includes aisite.managed-by', () => {
    expect(dockerLabels({})).toEqual([{ label: 'aisite.managed-by', value: 'aisite' }]);
  });

  test('sorts by key whatever the insertion order', () => {
    expect(dockerLabels({ 'aisite.site': 's', 'aisite.cabinet': 'c', 'aisite.role': 'node' }).map((l) => l.label)).toEqual([
      'aisite.cabinet',
      'aisite.managed-by',
      'aisite.role',
      'aisite.site',
    ]);
  });

  test('sorts by code unit, not locale (upper case before lower case)', () => {
    expect(dockerLabels({ b: '1', B: '2', a: '3' }).map((l) => l.label)).toEqual(['B', 'a', 'aisite.managed-by', 'b']);
  });

  test('leaves out undefined values', () => {
    expect(dockerLabels({ 'aisite.pool': undefined }).map((l) => l.label)).toEqual(['aisite.managed-by']);
  });

  test('turns numbers into strings', () => {
    expect(dockerLabels({ 'aisite.represents': 64 })).toContainEqual({ label: 'aisite.represents', value: '64' });
  });

  test('keeps empty strings', () => {
    expect(dockerLabels({ x: '' })).toContainEqual({ label: 'x', value: '' });
  });
});

describe('metadataLabels', () => {
  test('prefixes each key with aisite.label.', () => {
    expect(metadataLabels({ tier: 'edge', sector: 'healthcare' })).toEqual({ 'aisite.label.tier': 'edge', 'aisite.label.sector': 'healthcare' });
  });

  test('no labels give an empty record', () => {
    expect(metadataLabels(undefined)).toEqual({});
  });

  test('leaves out undefined values', () => {
    expect(metadataLabels({ tier: undefined })).toEqual({});
  });
});
