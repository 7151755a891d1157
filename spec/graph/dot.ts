import { CABINET_STYLE, NODE_STYLE, SITE_STYLE } from './style';
import { TopologyCluster, TopologyEdge, TopologyGraph, TopologyNode, TopologyNodeKind } from './topology-graph';

/** Graphviz has text metrics for Helvetica (SVG: `Helvetica,sans-Serif`); for other fonts it guesses. */
const FONT = 'Helvetica';

/** Graphviz shapes per kind. */
const SHAPE: Readonly<Record<TopologyNodeKind, string>> = {
  'node-group': 'box',
  fabric: 'hexagon',
  pool: 'cylinder',
  tenant: 'box',
  external: 'box',
  summary: 'box',
};

/** Graphviz `style` per kind. */
const STYLE: Readonly<Record<TopologyNodeKind, string>> = {
  'node-group': 'filled',
  fabric: 'filled',
  pool: 'filled',
  tenant: 'rounded,filled',
  external: 'dashed,rounded,filled',
  summary: 'rounded,filled',
};

/** The id of the whole picture: Graphviz prefixes the SVG ids it makes up with it. */
export const GRAPH_ID = 'aisite_topology';

/**
 * The graph in Graphviz DOT, left to right: a cluster per site with nested clusters per
 * cabinet. Every node, cluster and edge carries an `id` (the SVG element id) and a
 * `class` (site, cabinet, node-group, fabric, pool, tenant, external, uplink, …).
 */
export function toDot(graph: TopologyGraph): string {
  const out: string[] = [
    `digraph ${GRAPH_ID} {`,
    `  graph [id=${q(GRAPH_ID)}, rankdir=LR, compound=true, newrank=true, nodesep=0.3, ranksep=0.7, fontname=${q(FONT)}, fontsize=12, bgcolor="white"];`,
    `  node [fontname=${q(FONT)}, fontsize=10, margin="0.12,0.06", penwidth=1.2];`,
    `  edge [fontname=${q(FONT)}, fontsize=9, color="#5f6368", arrowsize=0.7];`,
  ];
  for (const site of graph.sites) cluster(site, 1, out);
  for (const n of graph.externals) out.push(`  ${node(n)}`);
  const clusters = new Map<string, TopologyCluster>(graph.sites.map((s) => [s.id, s]));
  const edgeIds = new Map<string, number>();
  for (const e of graph.edges) out.push(`  ${edge(e, clusters, edgeIds)}`);
  out.push('}');
  return out.join('\n') + '\n';
}

function cluster(c: TopologyCluster, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const s = c.kind === 'site' ? SITE_STYLE : CABINET_STYLE;
  out.push(`${pad}subgraph ${q(`cluster_${c.id}`)} {`);
  out.push(
    `${pad}  graph [id=${q(c.id)}, class=${q(c.kind)}, label=${label(c.label, 'left')}, style="rounded,filled", fillcolor=${q(s.fill)}, color=${q(s.stroke)}, ` +
      `fontsize=${c.kind === 'site' ? 12 : 10}, labeljust="l", margin=12];`,
  );
  for (const inner of c.clusters) cluster(inner, depth + 1, out);
  for (const n of c.nodes) out.push(`${pad}  ${node(n)}`);
  out.push(`${pad}}`);
}

function node(n: TopologyNode): string {
  const s = NODE_STYLE[n.kind];
  // a hexagon grows with its label's margin: none keeps fabrics as wide as their text
  const margin = n.kind === 'fabric' ? ', margin="0,0"' : '';
  return `${q(n.id)} [id=${q(n.id)}, class=${q(n.kind)}, label=${label(n.label)}, shape=${SHAPE[n.kind]}, style=${q(STYLE[n.kind])}, fillcolor=${q(s.fill)}, color=${q(s.stroke)}${margin}];`;
}

/**
 * An edge; one whose end is a site is drawn between the sites' anchor nodes and clipped
 * at the site's border (lhead/ltail), and does not pull the sites into ranks.
 */
function edge(e: TopologyEdge, clusters: ReadonlyMap<string, TopologyCluster>, ids: Map<string, number>): string {
  const from = clusters.get(e.from);
  const to = clusters.get(e.to);
  const base = `${e.from}__${e.kind.replace(/-/g, '_')}__${e.to}`;
  const n = (ids.get(base) ?? 0) + 1;
  ids.set(base, n);
  const attrs = [`id=${q(n === 1 ? base : `${base}_${n}`)}`, `class=${q(e.kind)}`];
  // xlabel: placed after layout, so a label never becomes a rank of its own inside a site
  if (e.label !== undefined) attrs.push(`xlabel=${label([e.label])}`);
  if (from) attrs.push(`ltail=${q(`cluster_${from.id}`)}`);
  if (to) attrs.push(`lhead=${q(`cluster_${to.id}`)}`);
  if (e.kind === 'uplink') attrs.push('dir=both', 'penwidth=2', 'color="#3c4043"', 'fontsize=10', 'minlen=2');
  return `${q(from?.anchor ?? e.from)} -> ${q(to?.anchor ?? e.to)} [${attrs.join(', ')}];`;
}

/** A label of centered lines, or of left-aligned ones (`\l` ends each line). */
function label(lines: readonly string[], align: 'center' | 'left' = 'center'): string {
  return align === 'left' ? `"${lines.map((l) => `${dotText(l)}\\l`).join('')}"` : `"${lines.map(dotText).join('\\n')}"`;
}

function q(s: string): string {
  return `"${dotText(s)}"`;
}

/**
 * Text safe inside a quoted DOT string used as a label: backslashes doubled (Graphviz
 * reads `\n`, `\N`, `\G`… in labels as escapes), quotes escaped, `&` written as `&amp;`
 * (Graphviz decodes entities in labels), control characters and line breaks as spaces.
 */
export function dotText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/&/g, '&amp;');
}
