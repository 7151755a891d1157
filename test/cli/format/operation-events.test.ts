import { renderEvent } from '../../../cli/format/operation-events';
import { OperationEvent } from '../../../ops/events';

function render(e: OperationEvent) {
  const out: string[] = [];
  const err: string[] = [];
  renderEvent(e, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { out: out.join(''), err: err.join('') };
}

const result = { site: 'clinic', terraform: false, swept: { containers: 2, networks: 1, volumes: 0 }, interrupted: false };

test('output goes to stdout and notices to stderr, as given', () => {
  expect(render({ type: 'output', text: 'clinic: plan: 3 to add\n' })).toEqual({ out: 'clinic: plan: 3 to add\n', err: '' });
  expect(render({ type: 'notice', text: 'docker engine: starting\n' })).toEqual({ out: '', err: 'docker engine: starting\n' });
});

test('a deployed site gets a running count only when several sites deploy', () => {
  const r = { site: 'clinic', outcome: 'deployed' as const, seconds: 3 };
  expect(render({ type: 'site deployed', result: r, done: 1, total: 1, seconds: 3 }).out).toBe('');
  expect(render({ type: 'site deployed', result: r, done: 1, total: 2, seconds: 3.25 }).out).toBe('[1/2 sites, 3.3s] clinic: deployed\n');
});

test('a site destroyed by name alone says what was removed and that only one engine was swept', () => {
  const { out } = render({ type: 'site destroyed', target: { name: 'clinic' }, result, withSpec: false });
  expect(out.split('\n')).toEqual([
    'clinic: destroyed — swept by label (no stack); the label sweep removed: 2 containers, 1 network, 0 volumes',
    'clinic: no spec given, so only the engine DOCKER_HOST points at was swept; cabinets on engines of their own (dockerHost) need the spec',
    '',
  ]);
});

test('objects another state owns are named on stderr with the site destroyed', () => {
  const foreign = [{ location: 'other:/x/terraform.tfstate', names: ['clinic-node-0'] }];
  expect(render({ type: 'site destroyed', target: { name: 'clinic' }, result: { ...result, foreign }, withSpec: true }).err).toMatch(
    /^aisite: .*other:\/x\/terraform\.tfstate/,
  );
});

test('a pg lock with holders names each session; one without says not locked', () => {
  const holder = { pid: 42, application: 'terraform', client: '10.0.0.5', since: '2026-11-27 10:00' };
  expect(render({ type: 'lock found', site: 'clinic', backend: 'pg', holders: [holder] }).out).toBe(
    'clinic: locked by PostgreSQL session 42 (terraform, from 10.0.0.5, since 2026-11-27 10:00)\n',
  );
  expect(render({ type: 'lock found', site: 'clinic', backend: 'pg', holders: [] }).out).toBe('clinic: not locked\n');
  expect(render({ type: 'unlocked', site: 'clinic', sessions: 1 }).out).toBe('clinic: unlocked (1 session ended)\n');
});
