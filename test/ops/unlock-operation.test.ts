import * as path from 'path';
import { OperationEvent } from '../../ops/events';
import { InvalidSitesError } from '../../ops/load-sites';
import { unlockOperation } from '../../ops/unlock-operation';

const HOSPITAL = path.resolve(__dirname, '../../examples/daejeon-hospital-01.yaml');

function hooks() {
  const events: OperationEvent[] = [];
  return { events, env: {}, onUpdate: (e: OperationEvent) => events.push(e), confirm: async () => true };
}

test('a site with local state: one `lock found` event, backend local, no holders, nothing asked', async () => {
  const h = hooks();
  expect(await unlockOperation({ paths: [HOSPITAL] }, h)).toEqual({});
  expect(h.events).toEqual([{ type: 'lock found', site: 'daejeon-hospital-01', backend: 'local', holders: [] }]);
});

test('invalid sites throw InvalidSitesError with the validation to print', async () => {
  const err = await unlockOperation({ paths: [path.resolve(__dirname, '../fixtures/sites/two-problems.yaml')] }, hooks()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InvalidSitesError);
  expect((err as InvalidSitesError).validation.findings.some((f) => f.severity === 'error')).toBe(true);
});
