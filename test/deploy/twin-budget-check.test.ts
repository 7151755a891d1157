import { checkEngineBudgets } from '../../deploy/twin-budget-check';
import { ExternalError } from '../../spec/errors';
import { thrownBy } from '../helpers/thrown-by';

const budget = (host: string, memoryMb: number) => ({ host, sites: ['a'], containers: memoryMb / 32, networks: 3, memoryMb });

describe('checkEngineBudgets', () => {
  test('an engine short of memory stops deploy before anything is created: one line, exit 3', () => {
    const e = thrownBy(() => checkEngineBudgets([budget('unix:///run/a.sock', 64), budget('unix:///run/b.sock', 4096)], [], {}, () => 1024 ** 3));
    expect(e).toBeInstanceOf(ExternalError);
    expect((e as ExternalError).exitCode).toBe(3);
    expect((e as Error).message).toMatch(
      /^the twin of 1 site on unix:\/\/\/run\/b\.sock must fit the engine's memory \(1 GiB\), but it needs 128 containers, 3 networks, 4 GiB .*--max-containers N.*--fidelity twin.*; nothing was changed$/,
    );
    expect((e as Error).message).not.toContain('\n');
  });

  test('engines that hold their twin pass', () => {
    expect(() => checkEngineBudgets([budget('unix:///run/a.sock', 64)], [], {}, () => 1024 ** 3)).not.toThrow();
  });
});
