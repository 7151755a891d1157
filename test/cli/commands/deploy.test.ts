import { operationHooks } from '../../../cli/commands/operations';
import { terminalConfirm } from '../../../cli/confirm';
import { bufferedContext } from '../../../cli/context';
import { runCli } from '../../../cli/main';
import { UsageError } from '../../../spec/errors';

describe('deploy confirmation without a terminal', () => {
  test('a context with nobody to ask refuses with a usage error naming --auto-approve', async () => {
    const io = operationHooks(bufferedContext());
    const err = await io.confirm('Deploy clinic (3 to add, 0 to change, 0 to destroy)?').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as Error).message).toBe('Deploy clinic (3 to add, 0 to change, 0 to destroy): confirmation needed but nobody can answer; pass --auto-approve');
  });

  test('the terminal prompt refuses when stdin is not a terminal, without reading it', async () => {
    const err = await terminalConfirm(false)('Deploy clinic (1 to add, 0 to change, 0 to destroy)?').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(
      'Deploy clinic (1 to add, 0 to change, 0 to destroy): confirmation needed but stdin is not a terminal; pass --auto-approve',
    );
  });

  test('a context that can ask uses its own confirm', async () => {
    const ctx = { ...bufferedContext(), confirm: async (q: string) => q.startsWith('Deploy') };
    await expect(operationHooks(ctx).confirm('Deploy clinic?')).resolves.toBe(true);
  });
});

describe('deploy options', () => {
  test('deploy with no paths is a usage error (exit 2)', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['deploy'], ctx)).toBe(2);
    expect(ctx.err).toContain('aisite: Not enough non-option arguments');
  });

  test('--help lists --auto-approve, --health-timeout and --start-engine', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['deploy', '--help'], ctx)).toBe(0);
    for (const o of ['--auto-approve', '--health-timeout', '--start-engine', '--site', '--out', '--state-dir', '--max-containers'])
      expect(ctx.out).toContain(o);
  });
});
