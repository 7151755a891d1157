import { CABINET_STYLE, NODE_STYLE, SITE_STYLE } from './style';
import { TopologyCluster, TopologyGraph, TopologyNode, TopologyNodeKind } from './topology-graph';

/** Mermaid shape brackets per kind: box, hexagon, cylinder, stadium, box (dashed by class). */
const SHAPE: Readonly<Record<TopologyNodeKind, readonly [string, string]>> = {
  'node-group': ['[', ']'],
  fabric: ['{{', '}}'],
  pool: ['[(', ')]'],
  tenant: ['([', '])'],
  external: ['[', ']'],
  summary: ['[', ']'],
};

/** Mermaid class names per kind (Mermaid class names may not contain '-'). */
const CLASS: Readonly<Record<TopologyNodeKind, string>> = {
  'node-group': 'nodeGroup',
  fabric: 'fabric',
  pool: 'pool',
  tenant: 'tenant',
  external: 'external',
  summary: 'summary',
};

/**
 * The graph as a Mermaid flowchart (left to right): a subgraph per site with nested
 * subgraphs per cabinet; uplinks join site subgraphs; outside peers are dashed.
 */
export function toMermaid(graph: TopologyGraph): string {
  const out: string[] = ['flowchart LR'];
  for (const site of graph.sites) cluster(site, 1, out);
  for (const n of graph.externals) out.push(`  ${node(n)}`);
  for (const e of graph.edges) {
    const label = e.label === undefined ? '' : `|"${mermaidText(e.label)}"|`;
    out.push(`  ${e.from} ${e.kind === 'uplink' ? '<-->' : '-->'}${label} ${e.to}`);
  }
  for (const kind of Object.keys(CLASS) as TopologyNodeKind[]) {
    const s = NODE_STYLE[kind];
    out.push(`  classDef ${CLASS[kind]} fill:${s.fill},stroke:${s.stroke}${kind === 'external' ? ',stroke-dasharray:5 5' : ''}`);
  }
  out.push(`  classDef site fill:${SITE_STYLE.fill},stroke:${SITE_STYLE.stroke}`);
  out.push(`  classDef cabinet fill:${CABINET_STYLE.fill},stroke:${CABINET_STYLE.stroke}`);
  const sites = graph.sites.map((s) => s.id);
  const cabinets = graph.sites.flatMap((s) => s.clusters.map((c) => c.id));
  if (sites.length) out.push(`  class ${sites.join(',')} site`);
  if (cabinets.length) out.push(`  class ${cabinets.join(',')} cabinet`);
  return out.join('\n') + '\n';
}

function cluster(c: TopologyCluster, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  // One line: Mermaid draws a title of several lines over the subgraph's contents.
  out.push(`${pad}subgraph ${c.id}["${c.label.map(mermaidText).join(' · ')}"]`);
  out.push(`${pad}  direction LR`);
  for (const inner of c.clusters) cluster(inner, depth + 1, out);
  for (const n of c.nodes) out.push(`${pad}  ${node(n)}`);
  out.push(`${pad}end`);
}

function node(n: TopologyNode): string {
  const [open, close] = SHAPE[n.kind];
  return `${n.id}${open}"${lines(n.label)}"${close}:::${CLASS[n.kind]}`;
}

function lines(label: readonly string[]): string {
  return label.map(mermaidText).join('<br>');
}

/**
 * Text safe inside a quoted Mermaid label: characters Mermaid or its HTML labels would
 * interpret become entity codes (`#34;`), which Mermaid turns back into the character;
 * line breaks and other control characters become spaces.
 */
export function mermaidText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/["#<>&`%|[\]{}\\;]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
