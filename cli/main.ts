import { releaseOutputLocks } from '../stacks/output-lock';
import yargs from 'yargs';
import { isAisiteError, UsageError } from '../spec/errors';
import { catalogCommand } from './commands/catalog';
import { rulesCommand } from './commands/rules';
import { synthCommand } from './commands/synth';
import { planCommand } from './commands/plan';
import { deployCommand } from './commands/deploy';
import { statusCommand } from './commands/status';
import { destroyCommand } from './commands/destroy';
import { graphCommand } from './commands/graph';
import { terminalConfirm } from './confirm';
import { initCommand } from './commands/init';
import { reportCommand } from './commands/report';
import { diffCommand } from './commands/diff';
import { unlockCommand } from './commands/unlock';
import { validateCommand } from './commands/validate';
import { verifyCommand } from './commands/verify';
import { CliContext } from './context';
import { aisiteVersion } from './version';

/** Exit code for a bug in aisite itself (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/**
 * Runs the CLI with the given arguments and returns the exit code; never exits the
 * process. Usage errors 2, external failures 3, findings 1, bugs 70.
 */
async function runCommand(argv: readonly string[], ctx: CliContext): Promise<number> {
  let output = '';
  try {
    const parser = yargs()
      .scriptName('aisite')
      .usage('$0 <command> [options]\n\nSovereign AI compute sites as code: validate, synthesize and deploy national AI centers and micro data centers.')
      .command(validateCommand(ctx))
      .command(synthCommand(ctx))
      .command(planCommand(ctx))
      .command(deployCommand(ctx))
      .command(statusCommand(ctx))
      .command(destroyCommand(ctx))
      .command(verifyCommand(ctx))
      .command(unlockCommand(ctx))
      .command(graphCommand(ctx))
      .command(initCommand(ctx))
      .command(reportCommand(ctx))
      .command(diffCommand(ctx))
      .command(rulesCommand(ctx))
      .command(catalogCommand(ctx))
      .completion('completion', 'Print a bash/zsh completion script (aisite completion >> ~/.bashrc)')
      .demandCommand(1, 'name a command, e.g. `aisite validate examples/`')
      .recommendCommands()
      .strict()
      .version(aisiteVersion())
      .help()
      .alias('h', 'help')
      .wrap(Math.min(110, process.stdout.columns || 100))
      .exitProcess(false)
      .fail((msg, err) => {
        if (err) throw err;
        throw new UsageError(msg);
      });
    ctx.exitCode = 0;
    await parser.parseAsync([...argv], {}, (_err, _args, out) => {
      output = out;
    });
    if (output) ctx.stdout(output.endsWith('\n') ? output : output + '\n');
    return ctx.exitCode;
  } catch (e) {
    if (isAisiteError(e)) {
      ctx.stderr(`aisite: ${e.message}\n`);
      if (e instanceof UsageError) ctx.stderr('Run `aisite --help` for usage.\n');
      return e.exitCode;
    }
    ctx.stderr(`aisite: internal error (a bug; please report it with this trace):\n${(e as Error).stack ?? String(e)}\n`);
    return EXIT_INTERNAL;
  }
}

/** Runs one aisite command line; the output folder locks it took are released when it ends. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    return await runCommand(argv, ctx);
  } finally {
    releaseOutputLocks();
  }

}

/** The process entry point: the only place that sets the exit code. */
export async function main(): Promise<void> {
  // A closed pipe (`aisite rules | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  const ctx: CliContext = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    // Without a terminal nobody can answer: commands that need an answer refuse up front.
    confirm: process.stdin.isTTY ? terminalConfirm(true) : undefined,
    exitCode: 0,
  };
  process.exitCode = await runCli(process.argv.slice(2), ctx);
}
