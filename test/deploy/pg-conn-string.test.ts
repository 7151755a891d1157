import { ExternalError } from '../../spec/errors';
import { validatePaths } from '../../spec/validate';
import { checkStateBackends } from '../../deploy/pg-state';

/** The hospital example with its state in PostgreSQL. */
const site = (() => {
  const s = validatePaths(['examples/daejeon-hospital-01.yaml']).sites[0];
  return { ...s, spec: { ...s.spec, spec: { ...s.spec.spec, state: { backend: 'pg' as const } } } };
})();

test.each([
  ['not a URL', 'host=db password=s3cret-pw'],
  ['another scheme', 'mysql://u:s3cret-pw@db/x'],
])('a malformed PG_CONN_STR (%s) is one line, exit 3, that never shows the password', async (_name, conn) => {
  let e: unknown;
  try {
    await checkStateBackends([site], { PG_CONN_STR: conn });
  } catch (x) {
    e = x;
  }
  expect(e).toBeInstanceOf(ExternalError);
  expect((e as Error).message).toMatch(/^PG_CONN_STR is not a PostgreSQL connection URL/);
  expect((e as Error).message).not.toContain('s3cret');
});
