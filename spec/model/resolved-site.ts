import { Catalog } from '../catalog/catalog';
import { ProfileChoice, resolveProfile } from '../catalog/profile-choice';
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
  /**
   * The server profile's id: the given serverProfile, else the one chosen from the catalog
   * (see catalog/profile-choice.ts). Undefined when the accelerator is unknown and no
   * serverProfile is given, or when no profile can be chosen.
   */
  readonly profileId?: string;
  /** Undefined when profileId is not in the catalog (a finding says so). */
  readonly profile?: ServerProfile;
  /** How the profile was found; undefined when there is none. */
  readonly profileChoice?: ProfileChoice;
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
  /** Power drawn by one cabinet at full load, kW: the sum over the node groups whose power is known. */
  readonly powerKw: number;
  /** Rack units used in one cabinet: the sum over the node groups whose height is known. */
  readonly rackUnitsUsed: number;
  /**
   * Refs of node groups left out of powerKw (accelerator or profile unknown, no
   * powerKwPerNode): when any, powerKw is a lower bound.
   */
  readonly powerUnknownFor: readonly string[];
  /** Refs of node groups left out of rackUnitsUsed (profile unknown, no rackUnitsPerNode). */
  readonly rackUnitsUnknownFor: readonly string[];
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
    const powerKw = round(
      groups.reduce((s, g) => s + g.spec.count * (g.powerKwPerNode ?? 0), 0),
      6,
    );
    const rackUnitsUsed = groups.reduce((s, g) => s + g.spec.count * (g.rackUnitsPerNode ?? 0), 0);
    const powerUnknownFor = groups.filter((g) => g.powerKwPerNode === undefined).map((g) => g.ref);
    const rackUnitsUnknownFor = groups.filter((g) => g.rackUnitsPerNode === undefined).map((g) => g.ref);
    return {
      name: cab.name,
      path: pointer('spec', 'cabinets', ci),
      spec: cab,
      count,
      nodeGroups: groups,
      powerKw,
      rackUnitsUsed,
      powerUnknownFor,
      rackUnitsUnknownFor,
    };
  });
  const partial = { doc, spec, name: spec.metadata.name, kind: spec.kind, cabinets, nodeGroups, catalog };
  return { ...partial, capacity: computeCapacity(partial) };
}

function resolveNodeGroup(cab: Cabinet, ng: NodeGroup, path: string, cabinetCount: number, catalog: Catalog): ResolvedNodeGroup {
  const accelerator = catalog.accelerator(ng.accelerator);
  const { id: profileId, profile, choice: profileChoice } = resolveProfile(ng, accelerator, catalog);
  const powerKwPerNode = ng.powerKwPerNode ?? (accelerator && profile ? (ng.acceleratorsPerNode * accelerator.tdpW) / 1000 + profile.hostPowerKw : undefined);
  const rackUnitsPerNode = ng.rackUnitsPerNode ?? profile?.rackUnits;
  const servers = ng.count * cabinetCount;
  return {
    ref: `${cab.name}/${ng.name}`,
    cabinetName: cab.name,
    path,
    spec: ng,
    accelerator,
    profileId,
    profile,
    profileChoice,
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
