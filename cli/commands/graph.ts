import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../spec/errors';
import { failsValidation } from '../../spec/findings';
import { toDot } from '../../spec/graph/dot';
import { toMermaid } from '../../spec/graph/mermaid';
import { autoDetail, FULL_DETAIL_MAX_SITES, topologyGraph } from '../../spec/graph/topology-graph';
import { validatePaths } from '../../spec/validate';
import { CliContext } from '../context';
import { refuseFindings } from './operations';
import { writeFileAtomic } from '../write-atomic';
import { OutputFileArgs, outputFileOptions } from './output-file';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'svg'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export const GRAPH_DETAILS = ['auto', 'full', 'sites'] as const;

export interface GraphArgs extends OutputFileArgs {
  readonly paths: string[];
  readonly format: GraphFormat;
  /** @default 'auto' */
  readonly detail?: (typeof GRAPH_DETAILS)[number];
}

/**
 * Validates, then draws the topology of every site in the given paths (Mermaid, DOT or
 * SVG) to stdout or a file; returns the exit code. Sites with errors are not drawn.
 */
export async function runGraph(args: GraphArgs, ctx: CliContext): Promise<number> {
  const result = validatePaths(args.paths);
  if (failsValidation(result.findings, false))
    return refuseFindings(result, ctx, false, 'no picture drawn', args.output ? ` (the previous ${args.output} is unchanged)` : '');
  if (result.sites.length === 0) throw new UsageError('no sites found in the given paths; give files with kind MicroDataCenter or NationalAiCenter');
  const detail = !args.detail || args.detail === 'auto' ? autoDetail(result.sites.length) : args.detail;
  const graph = topologyGraph(result.sites, detail);
  let text: string;
  if (args.format === 'mermaid') text = toMermaid(graph);
  else if (args.format === 'dot') text = toDot(graph);
  else {
    // The WebAssembly Graphviz loads only when an SVG is asked for.
    const { renderSvg } = await import('../../spec/graph/svg');
    text = await renderSvg(toDot(graph), { xmlDeclaration: true });
  }
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (warnings)
    ctx.stderr(`aisite: ${warnings} warning${warnings === 1 ? '' : 's'} in these sites; \`aisite validate\` lists ${warnings === 1 ? 'it' : 'them'}\n`);
  if (args.output) {
    writeFileAtomic(args.output, text, { force: args.force, inputs: args.paths });
    const n = result.sites.length;
    ctx.stdout(`✔ wrote the ${args.format} topology of ${n} site${n === 1 ? '' : 's'} to ${args.output}\n`);
  } else ctx.stdout(text);
  return 0;
}

export function graphCommand(ctx: CliContext): CommandModule<object, GraphArgs> {
  return {
    command: 'graph <paths..>',
    describe: 'Draw the topology of sites: cabinets, node groups, fabrics, pools, tenants and uplinks (Mermaid, DOT or SVG)',
    builder: (y: Argv) =>
      outputFileOptions(y, 'the picture')
        .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'site files or folders' })
        .option('format', {
          alias: 'f',
          choices: GRAPH_FORMATS,
          default: 'mermaid' as GraphFormat,
          describe: 'mermaid (a flowchart), dot (Graphviz) or svg (laid out by Graphviz)',
        })
        .option('detail', {
          choices: GRAPH_DETAILS,
          default: 'auto' as const,
          describe: `full: cabinets, node groups, fabrics, pools, tenants; sites: one box per site with its totals; auto: full up to ${FULL_DETAIL_MAX_SITES} sites`,
        })
        .example('$0 graph examples/', 'a Mermaid flowchart of every example')
        .example('$0 graph examples/ --format svg -o topology.svg', 'an SVG picture') as unknown as Argv<GraphArgs>,
    handler: async (argv) => {
      ctx.exitCode = await runGraph(argv, ctx);
    },
  };
}
