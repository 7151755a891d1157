import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';

/**
 * In a copy of the hospital example: moves node group cab-a/atom into a new cabinet cab-b
 * on Docker engine `host` (with `certPath` for tcp:// with TLS), and its pool with it.
 */
export function splitCabinet(doc: ReturnType<typeof parseDocument>, host: string, certPath?: string): void {
  const cabinets = doc.getIn(['spec', 'cabinets']) as YAMLSeq<YAMLMap>;
  const groups = cabinets.items[0].get('nodeGroups') as YAMLSeq<YAMLMap>;
  const atom = groups.items.find((g) => g.get('name') === 'atom')!;
  groups.items = groups.items.filter((g) => g !== atom);
  const cabB = {
    name: 'cab-b',
    rackUnits: 42,
    powerBudgetKw: 20,
    cooling: 'air',
    dockerHost: host,
    ...(certPath ? { dockerCertPath: certPath } : {}),
    nodeGroups: [atom.toJSON()],
  };
  cabinets.items.push(doc.createNode(cabB) as YAMLMap);
  doc.setIn(['spec', 'pools', 1, 'nodeGroups'], doc.createNode(['cab-b/atom']));
}
