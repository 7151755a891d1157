import yargs from 'yargs';
import { hasLaidOutHelp, skipHelpLayout } from '../../cli/yargs-help';

/** A parser with one command whose handler does nothing, as aisite builds its own. */
function parser() {
  return yargs()
    .exitProcess(false)
    .strict()
    .help()
    .command({ command: 'validate <paths..>', describe: 'check sites', handler: async () => undefined });
}

describe('skipHelpLayout', () => {
  test('without it, yargs lays the help out when a command runs (what it saves)', async () => {
    const p = parser();
    await p.parseAsync(['validate', 'a.yaml']);
    expect(hasLaidOutHelp(p)).toBe(true);
  });

  test('with it, running a command lays no help out', async () => {
    const p = parser();
    skipHelpLayout(p);
    await p.parseAsync(['validate', 'a.yaml']);
    expect(hasLaidOutHelp(p)).toBe(false);
  });

  test("with it, a command's --help still prints that command's help", async () => {
    const p = parser();
    skipHelpLayout(p);
    let out = '';
    await p.parseAsync(['validate', '--help'], {}, (_e, _a, o) => {
      out = o;
    });
    expect(out).toMatch(/validate <paths\.\.>/);
    expect(out).toMatch(/check sites/);
  });

  test('leaves an object without yargs internals alone', () => {
    const plain = { getInternalMethods: undefined };
    skipHelpLayout(plain);
    expect(plain).toEqual({ getInternalMethods: undefined });
    expect(hasLaidOutHelp(plain)).toBeUndefined();
  });
});
