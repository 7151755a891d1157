import { Catalog } from '../catalog/catalog';
import { SourceDocument, pointer } from '../load/source-document';
import { Accelerator, Cabinet, NodeGroup, ServerProfile, Site } from '../site-types.generated';
import { Capacity, computeCapacity } from './capacity';

/** A node group with catalog defaults applied and counts expanded. */
export interface ResolvedNodeGroup {
  /** cabinet/nodeGroup, as pools and fabrics refer to it. */
  readonly ref: string;
  readonly cabinetName: string;
  /** JSON pointer of the node group in its document. */
  readonly path: string;
  readonly spec: NodeGroup;
  /** Undefined when the id is not in the catalog (a finding says so). */
  readonly accelerator?: Accelerator;
  readonly profile?: ServerProfile;
  readonly rackUnitsPerNode?: number;
  readonly powerKwPerNode?: number;
  /** Identical cabinets the group is repeated in. */
  readonly cabinetCount: number;
  /** Servers across all identical cabinets. */
  readonly servers: number;
  /** Accelerators across all identical cabinets. */
  readonly accelerators: number;
}

export interface ResolvedCabinet {
  readonly name: string;
  readonly path: string;
  readonly spec: Cabinet;
  readonly count: number;
  readonly nodeGroups: readonly ResolvedNodeGroup[];
  /** Power drawn by one cabinet at full load, kW; undefined when a node group is unresolved. */
  readonly powerKw?: number;
  /** Rack units used in one cabinet; undefined when a node group is unresolved. */
  readonly rackUnitsUsed?: number;
}

/** A site that passed the schema, resolved against the catalog. */
export interface ResolvedSite {
  readonly doc: SourceDocument;
  readonly spec: Site;
  readonly name: string;
  readonly kind: Site['kind'];
  readonly cabinets: readonly ResolvedCabinet[];
  /** Node groups by cabinet/nodeGroup (the first one wins when names repeat). */
  readonly nodeGroups: ReadonlyMap<string, ResolvedNodeGroup>;
  readonly catalog: Catalog;
  readonly capacity: Capacity;
}

/** Applies catalog defaults and expands counts. Never throws on unknown ids. */
export function resolveSite(doc: SourceDocument, spec: Site, catalog: Catalog): ResolvedSite {
  const nodeGroups = new Map<string, ResolvedNodeGroup>();
  const cabinets = spec.spec.cabinets.map((cab, ci): ResolvedCabinet => {
    const count = cab.count ?? 1;
    const groups = cab.nodeGroups.map((ng, gi) => resolveNodeGroup(cab, ng, pointer('spec', 'cabinets', ci, 'nodeGroups', gi), count, catalog));
    for (const g of groups) if (!nodeGroups.has(g.ref)) nodeGroups.set(g.ref, g);
    const known = groups.every((g) => g.powerKwPerNode !== undefined);
    const powerKw = known ? groups.reduce((s, g) => s + g.spec.count * (g.powerKwPerNode ?? 0), 0) : undefined;
    const ruKnown = groups.every((g) => g.rackUnitsPerNode !== undefined);
    const rackUnitsUsed = ruKnown ? groups.reduce((s, g) => s + g.spec.count * (g.rackUnitsPerNode ?? 0), 0) : undefined;
    return { name: cab.name, path: pointer('spec', 'cabinets', ci), spec: cab, count, nodeGroups: groups, powerKw, rackUnitsUsed };
  });
  const partial = { doc, spec, name: spec.metadata.name, kind: spec.kind, cabinets, nodeGroups, catalog };
  return { ...partial, capacity: computeCapacity(partial) };
}

function resolveNodeGroup(cab: Cabinet, ng: NodeGroup, path: string, cabinetCount: number, catalog: Catalog): ResolvedNodeGroup {
  const accelerator = catalog.accelerator(ng.accelerator);
  const profileId = ng.serverProfile ?? accelerator?.defaultServerProfile;
  const profile = profileId ? catalog.profile(profileId) : undefined;
  const powerKwPerNode =
    ng.powerKwPerNode ??
    (accelerator && profile ? (ng.acceleratorsPerNode * accelerator.tdpW) / 1000 + profile.hostPowerKw : undefined);
  const rackUnitsPerNode = ng.rackUnitsPerNode ?? profile?.rackUnits;
  const servers = ng.count * cabinetCount;
  return {
    ref: `${cab.name}/${ng.name}`,
    cabinetName: cab.name,
    path,
    spec: ng,
    accelerator,
    profile,
    rackUnitsPerNode,
    powerKwPerNode: powerKwPerNode === undefined ? undefined : round(powerKwPerNode, 6),
    cabinetCount,
    servers,
    accelerators: servers * ng.acceleratorsPerNode,
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
