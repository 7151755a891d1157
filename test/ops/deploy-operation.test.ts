import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { deployOperation } from '../../ops/deploy-operation';
import { UsageError } from '../../spec/errors';

test('not auto-approved and nobody can answer: a usage error before anything is synthesized', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-deploy-op-')), 'out');
  const events: unknown[] = [];
  const hooks = { env: { PATH: '/nonexistent' }, isTTY: false, onUpdate: (e: unknown) => events.push(e), confirm: async () => true };
  const err = await deployOperation(
    { paths: [path.resolve(__dirname, '../../examples/daejeon-hospital-01.yaml')], outdir: out, canConfirm: false },
    hooks,
  ).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UsageError);
  expect((err as Error).message).toBe('deploy asks before it changes anything, but nobody can answer (no terminal); pass --auto-approve');
  expect({ events, synthesized: fs.existsSync(out) }).toEqual({ events: [], synthesized: false });
});
