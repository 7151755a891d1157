import type { Argv, CommandModule } from 'yargs';
import { failsValidation } from '../../spec/findings';
import { currentDate } from '../../spec/suppressions';
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
  /** List suppressed findings in the text report and as annotations. @default false */
  readonly showSuppressed?: boolean;
  /** Apply the sites' suppressions; false (`--no-suppressions`) audits as if there were none. @default true */
  readonly suppressions?: boolean;
}

/** Validates the given files and directories and prints the report; returns the exit code. */
export function runValidate(args: ValidateArgs, ctx: CliContext): number {
  const result = validatePaths(args.paths, { enabled: args.suppressions !== false, today: currentDate(ctx.env) });
  const color = args.color ?? (ctx.isTTY && !ctx.env.NO_COLOR && args.output === undefined);
  const showSuppressed = args.showSuppressed === true;
  const report = FORMATTERS[args.format](result, { strict: args.strict, color: color && args.format === 'text', version: aisiteVersion(), showSuppressed });
  if (args.output) writeFileAtomic(args.output, report, { force: args.force, inputs: args.paths });
  else ctx.stdout(report);
  if (ctx.env.GITHUB_ACTIONS === 'true') {
    const annotations = formatGithubAnnotations(result.findings, showSuppressed ? result.suppressed : []);
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
        .option('show-suppressed', {
          type: 'boolean',
          default: false,
          describe: 'list the findings that metadata.suppressions accept (the text report counts them otherwise)',
        })
        .option('suppressions', { type: 'boolean', default: true, describe: 'apply metadata.suppressions (--no-suppressions: audit as if there were none)' })
        .example('$0 validate examples/', 'validate every site in a folder')
        .example('$0 validate sites/ --format sarif -o aisite.sarif', 'SARIF for code scanning')
        .example('$0 validate sites/ --no-suppressions --strict', 'audit: every finding counts, suppressed or not') as unknown as Argv<ValidateArgs>,
    handler: (argv) => {
      ctx.exitCode = runValidate(argv, ctx);
    },
  };
}
