import { Testing, TerraformStack } from 'cdktf';
import { dockerLabels, metadataLabels } from '../../constructs/labels';

/** A fresh stack for each call: labels declare the owner variables in the stack they are used in. */
function scope(): TerraformStack {
  return new TerraformStack(Testing.app(), 'stack');
}

/** The label keys, without aisite's own three (managed-by and the two owner labels). */
const OWN = ['aisite.managed-by', 'aisite.owner', 'aisite.owner-state'];
const keysOf = (labels: ReturnType<typeof dockerLabels>) => labels.map((l) => l.label).filter((k) => !OWN.includes(k));

describe('dockerLabels', () => {
  test('always includes aisite.managed-by and the owner labels, read from the stack variables', () => {
    expect(dockerLabels(scope(), {})).toEqual([
      { label: 'aisite.managed-by', value: 'aisite' },
      { label: 'aisite.owner', value: '${var.aisite_owner}' },
      { label: 'aisite.owner-state', value: '${var.aisite_owner_state}' },
    ]);
  });

  test('declares the owner variables in the stack, once', () => {
    const stack = scope();
    dockerLabels(stack, {});
    dockerLabels(stack, {});
    const json = JSON.parse(Testing.synth(stack)) as { variable: Record<string, { default: string; type: string }> };
    expect(Object.keys(json.variable).sort()).toEqual(['aisite_owner', 'aisite_owner_state']);
    expect(json.variable.aisite_owner).toMatchObject({ type: 'string', default: '' });
  });

  test('sorts by key whatever the insertion order', () => {
    expect(dockerLabels(scope(), { 'aisite.site': 's', 'aisite.cabinet': 'c', 'aisite.role': 'node' }).map((l) => l.label)).toEqual([
      'aisite.cabinet',
      'aisite.managed-by',
      'aisite.owner',
      'aisite.owner-state',
      'aisite.role',
      'aisite.site',
    ]);
  });

  test('sorts by code unit, not locale (upper case before lower case)', () => {
    expect(keysOf(dockerLabels(scope(), { b: '1', B: '2', a: '3' }))).toEqual(['B', 'a', 'b']);
  });

  test('leaves out undefined values', () => {
    expect(keysOf(dockerLabels(scope(), { 'aisite.pool': undefined }))).toEqual([]);
  });

  test('turns numbers into strings', () => {
    expect(dockerLabels(scope(), { 'aisite.represents': 64 })).toContainEqual({ label: 'aisite.represents', value: '64' });
  });

  test('keeps empty strings', () => {
    expect(dockerLabels(scope(), { x: '' })).toContainEqual({ label: 'x', value: '' });
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
