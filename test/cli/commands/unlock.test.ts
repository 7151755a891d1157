import { runUnlock, UnlockArgs } from '../../../cli/commands/unlock';
import { bufferedContext } from '../../../cli/context';
import { UsageError } from '../../../spec/errors';

const args = (over: Partial<UnlockArgs> = {}): UnlockArgs => ({ paths: [], autoApprove: false, ...over });

describe('runUnlock', () => {
  test('a site with local state has nothing to unlock: says why, exit 0', async () => {
    const ctx = bufferedContext();
    expect(await runUnlock(args({ paths: ['examples/daejeon-hospital-01.yaml'] }), ctx)).toBe(0);
    expect(ctx.out).toBe('daejeon-hospital-01: local state — its lock is a file lock that ends with the process holding it; nothing to unlock\n');
  });

  test('neither files nor --site is a usage error', async () => {
    await expect(runUnlock(args(), bufferedContext())).rejects.toThrow(UsageError);
  });

  test('--site naming no site in the files is a usage error', async () => {
    await expect(runUnlock(args({ paths: ['examples'], site: 'nowhere' }), bufferedContext())).rejects.toThrow('no site named nowhere in the given paths');
  });

  test('a pg site without PG_CONN_STR: exit 3 naming the variable', async () => {
    await expect(runUnlock(args({ site: 'daejeon-hospital-01' }), bufferedContext({}))).rejects.toThrow('PG_CONN_STR is not set');
  });

  test('sites with error findings are printed as validate prints them, exit 1', async () => {
    const ctx = bufferedContext();
    expect(await runUnlock(args({ paths: ['test/fixtures/sites/two-problems.yaml'] }), ctx)).toBe(1);
    expect(ctx.out).toMatch(/AIS\d{3}/);
  });
});
