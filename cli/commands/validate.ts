import type { Argv, CommandModule } from 'yargs';
import { failsValidation } from '../../spec/findings';
import { validatePaths } from '../../spec/validate';
import { CliContext } from '../context';
import { FORMATTERS, formatGithubAnnotations, REPORT_FORMATS, ReportFormat } from '../format';
import { aisiteVersion } from '../version';
import { writeFileAtomic } from '../write-atomic';
import { OutputFileArgs, outputFileOptions } from './output-file';

export interface ValidateArgs extends OutputFileArgs {
  readonly paths: string[];
  readonly format: ReportFormat;
  readonly strict: boolean;
  readonly color?: boolean;
}

/** Validates the given files and directories and prints the report; returns the exit code. */
export function runValidate(args: ValidateArgs, ctx: CliContext): number {
  const result = validatePaths(args.paths);
  const color = args.color ?? (ctx.isTTY && !ctx.env.NO_COLOR && args.output === undefined);
  const report = FORMATTERS[args.format](result, { strict: args.strict, color: color && args.format === 'text', version: aisiteVersion() });
  if (args.output) writeFileAtomic(args.output, report, { force: args.force, inputs: args.paths });
  else ctx.stdout(report);
  if (ctx.env.GITHUB_ACTIONS === 'true') {
    const annotations = formatGithubAnnotations(result.findings);
    if (args.format === 'text' && !args.output) ctx.stdout(annotations);
    else ctx.stderr(annotations);
  }
  return failsValidation(result.findings, args.strict) ? 1 : 0;
}

export function validateCommand(ctx: CliContext): CommandModule<object, ValidateArgs> {
  return {
    command: 'validate <paths..>',
    describe: 'Check site files against the schema and the power, space, cooling, addressing, fabric, quota and policy rules',
    builder: (y: Argv) =>
      outputFileOptions(y, 'the report')
        .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'site files (.yaml, .yml, .json) or folders of them' })
        .option('format', { alias: 'f', choices: REPORT_FORMATS, default: 'text' as ReportFormat, describe: 'report format' })
        .option('strict', { type: 'boolean', default: false, describe: 'warnings fail validation too' })
        .option('color', { type: 'boolean', describe: 'color the text report (default: when stdout is a terminal and NO_COLOR is unset)' })
        .example('$0 validate examples/', 'validate every site in a folder')
        .example('$0 validate sites/ --format sarif -o aisite.sarif', 'SARIF for code scanning') as unknown as Argv<ValidateArgs>,
    handler: (argv) => {
      ctx.exitCode = runValidate(argv, ctx);
    },
  };
}
