import { releaseOutputLocks } from '../stacks/output-lock';
import yargs from 'yargs';
import { isAisiteError, UsageError } from '../spec/errors';
import type { CommandModule } from 'yargs';
import { CliContext } from './context';
import { aisiteVersion } from './version';
import { skipHelpLayout } from './yargs-help';

/** Exit code for a bug in aisite itself (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/**
 * Every command, in the order help lists them, each loaded only when needed: a command's
 * module pulls in what it runs (validation, cdktf, Terraform, rendering), and loading all
 * of them cost about half of `aisite validate`'s start-up (docs/performance.md).
 */
const COMMANDS: ReadonlyArray<readonly [string, () => (ctx: CliContext) => CommandModule<object, never>]> = [
  ['validate', () => require('./commands/validate').validateCommand],
  ['synth', () => require('./commands/synth').synthCommand],
  ['plan', () => require('./commands/plan').planCommand],
  ['deploy', () => require('./commands/deploy').deployCommand],
  ['status', () => require('./commands/status').statusCommand],
  ['destroy', () => require('./commands/destroy').destroyCommand],
  ['verify', () => require('./commands/verify').verifyCommand],
  ['unlock', () => require('./commands/unlock').unlockCommand],
  ['graph', () => require('./commands/graph').graphCommand],
  ['init', () => require('./commands/init').initCommand],
  ['report', () => require('./commands/report').reportCommand],
  ['diff', () => require('./commands/diff').diffCommand],
  ['rules', () => require('./commands/rules').rulesCommand],
  ['catalog', () => require('./commands/catalog').catalogCommand],
];

/**
 * The commands to load for a command line: the one its first word names, or every one
 * otherwise (options first, help, completion and "did you mean" need them all).
 */
export function commandsFor(argv: readonly string[]): ReadonlyArray<(typeof COMMANDS)[number]> {
  const named = COMMANDS.filter(([name]) => name === argv[0]);
  return named.length ? named : COMMANDS;
}

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
        // yargs reports a refused option value (an option's coerce threw) as a YError.
        if (err && err.name !== 'YError') throw err;
        throw new UsageError(msg || err.message);
      });
    for (const [, load] of commandsFor(argv)) parser.command(load()(ctx));
    skipHelpLayout(parser);
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
    // (readline is loaded only when a question is asked: most runs ask none)
    confirm: process.stdin.isTTY ? (question) => (require('./confirm') as typeof import('./confirm')).terminalConfirm(true)(question) : undefined,
    exitCode: 0,
  };
  process.exitCode = await runCli(process.argv.slice(2), ctx);
}
