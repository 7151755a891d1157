import { runCli } from '../../cli/main';
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
