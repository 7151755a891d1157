import { commandsFor, runCli } from '../../cli/main';
import { bufferedContext } from '../../cli/context';

describe('runCli', () => {
  test('a valid example set exits 0 with a success line', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', 'examples'], ctx)).toBe(0);
    expect(ctx.out).toMatch(/✔ 3 sites in 3 files valid/);
  });

  test('error findings exit 1', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', 'test/fixtures/sites/two-problems.yaml'], ctx)).toBe(1);
  });

  test('a missing path is a usage error, exit 2, one line without a stack', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', 'no/such/dir'], ctx)).toBe(2);
    expect(ctx.err).toMatch(/^aisite: no\/such\/dir: no such file or directory/);
    expect(ctx.err).not.toMatch(/\n\s+at /);
  });

  test('no command is a usage error', async () => {
    const ctx = bufferedContext();
    expect(await runCli([], ctx)).toBe(2);
    expect(ctx.err).toMatch(/name a command/);
  });

  test('an unknown option is a usage error', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', 'examples', '--formt', 'json'], ctx)).toBe(2);
    expect(ctx.err).toMatch(/formt/);
  });

  test('an unknown format is a usage error naming the choices', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', 'examples', '--format', 'xml'], ctx)).toBe(2);
    expect(ctx.err).toMatch(/text, json, sarif, junit|"text", "json", "sarif", "junit"/);
  });

  test('--help prints the commands and exits 0', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['--help'], ctx)).toBe(0);
    expect(ctx.out).toMatch(/aisite validate <paths\.\.>/);
  });

  test("a command's --help prints its usage and options and exits 0", async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', '--help'], ctx)).toBe(0);
    expect(ctx.out).toMatch(/aisite validate <paths\.\.>/);
    expect(ctx.out).toMatch(/--format/);
  });

  test('an unwritable --output is an external failure, exit 3', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', 'examples', '-o', '/nonexistent-dir/report.json'], ctx)).toBe(3);
    expect(ctx.err).toMatch(/cannot write .*does not exist/);
  });
});

describe('--output to a device', () => {
  test('writes to /dev/null without replacing it', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['validate', 'examples', '-f', 'json', '-o', '/dev/null'], ctx)).toBe(0);

    expect(require('fs').statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('shell completion', () => {
  test('aisite completion prints a script that asks aisite for completions', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['completion'], ctx)).toBe(0);
    expect(ctx.out).toMatch(/--get-yargs-completions/);
  });

  test('completions list the commands', async () => {
    const ctx = bufferedContext();
    await runCli(['--get-yargs-completions', 'aisite', ''], ctx);
    expect(ctx.out.split('\n')).toEqual(expect.arrayContaining(['validate', 'deploy', 'init']));
  });
});

describe('runCli validate with suppressions', () => {
  const ACCEPTED = 'test/fixtures/sites/accepted.yaml';
  const env = { AISITE_TODAY: '2027-01-01' };

  test('--strict passes a site whose findings are all suppressed', async () => {
    expect(await runCli(['validate', ACCEPTED, '--strict'], bufferedContext(env))).toBe(0);
  });

  test('--no-suppressions makes them count again', async () => {
    expect(await runCli(['validate', ACCEPTED, '--no-suppressions'], bufferedContext(env))).toBe(1);
  });

  test('--show-suppressed lists them with their reasons', async () => {
    const ctx = bufferedContext(env);
    await runCli(['validate', ACCEPTED, '--show-suppressed'], ctx);
    expect(ctx.out).toContain('reason: inference only, no collective traffic');
  });

  test('a bad AISITE_TODAY is a usage error, exit 2, one line', async () => {
    const ctx = bufferedContext({ AISITE_TODAY: 'soon' });
    expect(await runCli(['validate', ACCEPTED], ctx)).toBe(2);
    expect(ctx.err.split('\n')[0]).toBe("aisite: AISITE_TODAY must be a date YYYY-MM-DD, but 'soon' was given; unset it to use today's date");
    expect(ctx.err).not.toMatch(/\n\s+at /);
  });
});

describe('commandsFor (commands loaded lazily)', () => {
  test('a command line that starts with a command loads that command alone', () => {
    expect(commandsFor(['validate', 'examples']).map(([name]) => name)).toEqual(['validate']);
  });

  test('no command, an option first or an unknown word loads every command, in help order', () => {
    const all = commandsFor([]).map(([name]) => name);
    expect(all).toEqual([
      'validate',
      'synth',
      'plan',
      'deploy',
      'status',
      'destroy',
      'verify',
      'unlock',
      'graph',
      'init',
      'report',
      'diff',
      'rules',
      'catalog',
    ]);
    expect(commandsFor(['--help', 'validate']).map(([name]) => name)).toEqual(all);
    expect(commandsFor(['valdate', 'examples']).map(([name]) => name)).toEqual(all);
  });

  test('a misspelt command still gets a suggestion (every command was loaded)', async () => {
    const ctx = bufferedContext();
    expect(await runCli(['valdate', 'examples'], ctx)).toBe(2);
    expect(ctx.err).toMatch(/validate/);
  });
});
