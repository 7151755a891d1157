import type { Viz } from '@viz-js/viz';
import type { ResolvedSite } from '../model/resolved-site';
import { toDot } from './dot';
import { autoDetail, TopologyDetail, topologyGraph } from './topology-graph';

export interface SvgOptions {
  /**
   * Start with an XML declaration (`<?xml …?>`), for a standalone .svg file. Without it
   * the text starts at `<svg` and can be put inline into HTML as it is; it is a valid
   * .svg file either way (xmlns attributes included).
   * @default false
   */
  readonly xmlDeclaration?: boolean;
  /** @default autoDetail(sites.length) */
  readonly detail?: TopologyDetail;
}

let viz: Promise<Viz> | undefined;

/**
 * Graphviz compiled to WebAssembly (@viz-js/viz), loaded once per process on first use
 * (about 50 ms) and only by the callers that draw: the CLI's other commands never pay.
 */
function graphviz(): Promise<Viz> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  return viz;
}

/** Error of a DOT text that Graphviz cannot lay out (a bug when the DOT came from toDot). */
export class GraphvizError extends Error {
  override readonly name = 'GraphvizError';
}

/**
 * Lays out a DOT graph with Graphviz's `dot` engine and returns the SVG: no XML
 * declaration, doctype or comment before `<svg` unless asked for, so it can be embedded
 * inline in HTML. The same DOT gives the same bytes.
 */
export async function renderSvg(dot: string, options: SvgOptions = {}): Promise<string> {
  const result = (await graphviz()).render(dot, { format: 'svg', engine: 'dot' });
  if (result.status !== 'success') {
    throw new GraphvizError(`Graphviz could not lay out the graph: ${result.errors.map((e) => e.message.trim()).join('; ')}`);
  }
  const start = result.output.indexOf('<svg');
  const svg = result.output.slice(start).trimEnd() + '\n';
  return options.xmlDeclaration ? `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${svg}` : svg;
}

/** The topology picture of the given sites as SVG (inline-embeddable by default). */
export async function topologySvg(sites: readonly ResolvedSite[], options: SvgOptions = {}): Promise<string> {
  return renderSvg(toDot(topologyGraph(sites, options.detail ?? autoDetail(sites.length))), options);
}
