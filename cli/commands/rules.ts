import type { Argv, CommandModule } from 'yargs';
import { ALL_RULE_INFOS } from '../../spec/rules';
import { canBeSuppressed } from '../../spec/rules/suppression-rules';
import { CliContext } from '../context';

export interface RulesArgs {
  readonly format: 'text' | 'json';
}

/** Lists every finding code aisite can report. */
export function runRules(args: RulesArgs, ctx: CliContext): number {
  if (args.format === 'json') {
    ctx.stdout(
      JSON.stringify(
        ALL_RULE_INFOS.map((r) => ({ ...r, suppressible: canBeSuppressed(r.code) })),
        null,
        2,
      ) + '\n',
    );
  } else {
    const w = Math.max(...ALL_RULE_INFOS.map((r) => r.rule.length));
    ctx.stdout(`${'code'.padEnd(6)}  ${'default'.padEnd(7)}  ${'rule'.padEnd(w)}  ${'suppressible'}  what it checks\n`);
    for (const r of ALL_RULE_INFOS) {
      ctx.stdout(`${r.code}  ${r.severity.padEnd(7)}  ${r.rule.padEnd(w)}  ${(canBeSuppressed(r.code) ? 'yes' : 'no').padEnd(12)}  ${r.summary}\n`);
    }
  }
  return 0;
}

export function rulesCommand(ctx: CliContext): CommandModule<object, RulesArgs> {
  return {
    command: 'rules',
    describe: 'List every rule: code, default severity, name, whether metadata.suppressions can accept it, and what it checks',
    builder: (y: Argv) => y.option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const }) as unknown as Argv<RulesArgs>,
    handler: (argv) => {
      ctx.exitCode = runRules(argv, ctx);
    },
  };
}
