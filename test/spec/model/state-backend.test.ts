import { defaultPgSchema, stateBackendOf } from '../../../spec/model/state-backend';

const site = (state?: { backend?: 'local' | 'pg'; schema?: string }) => ({
  metadata: { name: 'daejeon-hospital-01' },
  spec: { cabinets: [] as never, ...(state ? { state } : {}) },
});

describe('stateBackendOf', () => {
  test('local when the spec says nothing', () => {
    expect(stateBackendOf(site())).toEqual({ kind: 'local' });
  });

  test('pg with the default schema aisite_<site>, dashes made underscores', () => {
    expect(stateBackendOf(site({ backend: 'pg' }))).toEqual({ kind: 'pg', schema: 'aisite_daejeon_hospital_01' });
  });

  test('pg with the schema the spec names', () => {
    expect(stateBackendOf(site({ backend: 'pg', schema: 'team_a' }))).toEqual({ kind: 'pg', schema: 'team_a' });
  });

  test("a default schema never exceeds PostgreSQL's 63-character names", () => {
    expect(defaultPgSchema('a'.repeat(80))).toHaveLength(63);
  });
});
