import { runRules } from '../../../cli/commands/rules';
import { bufferedContext } from '../../../cli/context';

function rulesJson(): Array<{ code: string; suppressible: boolean }> {
  const ctx = bufferedContext();
  runRules({ format: 'json' }, ctx);
  return JSON.parse(ctx.out);
}

describe('aisite rules', () => {
  test('json says of every code whether it can be suppressed: not AIS0xx, AIS1xx or AIS95x', () => {
    const notSuppressible = rulesJson()
      .filter((r) => !r.suppressible)
      .map((r) => r.code);
    expect(notSuppressible.length).toBeGreaterThan(0);
    expect(notSuppressible.filter((c) => !/^AIS(0|1|95)/.test(c))).toEqual([]);
    expect(rulesJson().find((r) => r.code === 'AIS802')!.suppressible).toBe(true);
    expect(rulesJson().find((r) => r.code === 'AIS103')!.suppressible).toBe(false);
  });

  test('text has a suppressible column under a header', () => {
    const ctx = bufferedContext();
    runRules({ format: 'text' }, ctx);
    const lines = ctx.out.split('\n');
    expect(lines[0]).toMatch(/^code\s+default\s+rule\s+suppressible\s+what it checks$/);
    expect(lines.find((l) => l.startsWith('AIS802'))).toMatch(/^AIS802\s+warning\s+domestic-share-target\s+yes\s+/);
    expect(lines.find((l) => l.startsWith('AIS004'))).toMatch(/^AIS004\s+error\s+yaml-syntax\s+no\s+/);
    expect(lines.find((l) => l.startsWith('AIS950'))).toMatch(/^AIS950\s+error\s+suppression-reason\s+no\s+/);
  });
});
