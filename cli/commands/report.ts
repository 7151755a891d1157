import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../spec/errors';
import { failsValidation } from '../../spec/findings';
import { buildCapacityReport, CapacityReport } from '../../spec/report/capacity-report';
import { reportDocument } from '../../spec/report/report-document';
import { validatePaths } from '../../spec/validate';
import { CliContext } from '../context';
import { refuseFindings } from './operations';
import { reportHtml } from '../format/report/html';
import { reportMarkdown } from '../format/report/markdown';
import { reportText } from '../format/report/text';
import { aisiteVersion } from '../version';
import { writeFileAtomic } from '../write-atomic';
import { OutputFileArgs, outputFileOptions } from './output-file';

export const CAPACITY_REPORT_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type CapacityReportFormat = (typeof CAPACITY_REPORT_FORMATS)[number];

export interface ReportArgs extends OutputFileArgs {
  readonly paths: string[];
  readonly format: CapacityReportFormat;
  readonly strict: boolean;
}

/** Renders a capacity report in one of the formats; HTML embeds the topology picture. */
export async function renderCapacityReport(report: CapacityReport, format: CapacityReportFormat, svg?: () => Promise<string>): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify({ aisite: aisiteVersion(), ...report }, null, 2) + '\n';
    case 'text':
      return reportText(reportDocument(report));
    case 'markdown':
      return reportMarkdown(reportDocument(report));
    case 'html':
      return reportHtml(reportDocument(report), {
        title: `aisite capacity report: ${report.sites.map((s) => s.name).join(', ')}`,
        svg: svg ? await svg() : undefined,
      });
  }
}

/** Validates the sites, then prints their capacity report; returns the exit code. */
export async function runReport(args: ReportArgs, ctx: CliContext): Promise<number> {
  const result = validatePaths(args.paths);
  if (failsValidation(result.findings, args.strict)) return refuseFindings(result, ctx, args.strict, 'no report');
  if (result.sites.length === 0) throw new UsageError('no sites found in the given paths; give files with kind MicroDataCenter or NationalAiCenter');
  const svg = async () => (await import('../../spec/graph/svg')).topologySvg(result.sites);
  const text = await renderCapacityReport(buildCapacityReport(result.sites), args.format, svg);
  if (args.output) writeFileAtomic(args.output, text, { force: args.force, inputs: args.paths });
  else ctx.stdout(text);
  return 0;
}

export function reportCommand(ctx: CliContext): CommandModule<object, ReportArgs> {
  return {
    command: 'report <paths..>',
    describe: 'Capacity report per site and in total: accelerators, PFLOPS, power, racks, targets, fabric switches and cables, tenant shares',
    builder: (y: Argv) =>
      outputFileOptions(y, 'the report')
        .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'site files (.yaml, .yml, .json) or folders of them' })
        .option('format', {
          alias: 'f',
          choices: CAPACITY_REPORT_FORMATS,
          default: 'text' as CapacityReportFormat,
          describe: 'report format (html embeds the topology picture)',
        })
        .option('strict', { type: 'boolean', default: false, describe: 'warnings refuse the report too' })
        .example('$0 report examples/', 'the bundled sites and their total')
        .example('$0 report sites/ -f html -o capacity.html', 'a page with tables and the topology picture') as unknown as Argv<ReportArgs>,
    handler: async (argv) => {
      ctx.exitCode = await runReport(argv, ctx);
    },
  };
}
