import type { TopologyNodeKind } from './topology-graph';

/** Colors shared by the Mermaid and DOT pictures, so both read the same way. */
export const NODE_STYLE: Readonly<Record<TopologyNodeKind, { readonly fill: string; readonly stroke: string }>> = {
  'node-group': { fill: '#e8f0fe', stroke: '#1a73e8' },
  fabric: { fill: '#e6f4ea', stroke: '#188038' },
  pool: { fill: '#fef7e0', stroke: '#b06000' },
  tenant: { fill: '#fce8e6', stroke: '#c5221f' },
  external: { fill: '#ffffff', stroke: '#5f6368' },
  summary: { fill: '#ffffff', stroke: '#9aa0a6' },
};

export const SITE_STYLE = { fill: '#f8f9fa', stroke: '#5f6368' } as const;
export const CABINET_STYLE = { fill: '#eef1f4', stroke: '#9aa0a6' } as const;
