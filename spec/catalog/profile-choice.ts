import { Accelerator, NodeGroup, ServerProfile } from '../site-types.generated';
import { Catalog } from './catalog';

/**
 * How a node group's server profile was found: `given` (its serverProfile), `default`
 * (its accelerator's default profile, which holds the node's accelerators) or `chosen`
 * (the smallest catalog profile that holds them, when the default does not).
 */
export type ProfileChoice = 'given' | 'default' | 'chosen';

/** What a server must take: accelerators of one form factor, and a height when one is given. */
export interface ServerNeed {
  readonly formFactor: Accelerator['formFactor'];
  readonly acceleratorsPerNode: number;
  /** Rack units the node group gives; any height when undefined. */
  readonly rackUnitsPerNode?: number;
}

/** A profile takes the form factor (a profile without formFactors takes any). */
export function takesFormFactor(p: ServerProfile, formFactor: Accelerator['formFactor']): boolean {
  return !p.formFactors || p.formFactors.includes(formFactor);
}

/** A profile takes the form factor and holds that many accelerators. */
export function holdsAccelerators(p: ServerProfile, need: ServerNeed): boolean {
  return takesFormFactor(p, need.formFactor) && p.maxAccelerators >= need.acceleratorsPerNode;
}

/**
 * The smallest catalog profile that holds the node's accelerators and, when the need gives
 * rackUnitsPerNode, is that high; failing a profile of that height, the smallest that holds
 * them at any height. Smallest: fewest rack units, then fewest accelerator slots, then least
 * host power, then id (so the choice does not depend on catalog order).
 */
export function smallestProfileFor(catalog: Catalog, need: ServerNeed): ServerProfile | undefined {
  let best: ServerProfile | undefined;
  let bestAnyHeight: ServerProfile | undefined;
  for (const { value: p } of catalog.profiles.values()) {
    if (!holdsAccelerators(p, need)) continue;
    if (!bestAnyHeight || smaller(p, bestAnyHeight)) bestAnyHeight = p;
    if (need.rackUnitsPerNode !== undefined && p.rackUnits !== need.rackUnitsPerNode) continue;
    if (!best || smaller(p, best)) best = p;
  }
  return best ?? bestAnyHeight;
}

function smaller(a: ServerProfile, b: ServerProfile): boolean {
  if (a.rackUnits !== b.rackUnits) return a.rackUnits < b.rackUnits;
  if (a.maxAccelerators !== b.maxAccelerators) return a.maxAccelerators < b.maxAccelerators;
  if (a.hostPowerKw !== b.hostPowerKw) return a.hostPowerKw < b.hostPowerKw;
  return a.id < b.id;
}

/** The most accelerators of a form factor any catalog profile holds (0 when none takes it). */
export function mostAcceleratorsFor(catalog: Catalog, formFactor: Accelerator['formFactor']): number {
  let most = 0;
  for (const { value: p } of catalog.profiles.values()) if (takesFormFactor(p, formFactor) && p.maxAccelerators > most) most = p.maxAccelerators;
  return most;
}

export interface ProfileResolution {
  /** The profile's id: the given or default one even when the catalog lacks it (AIS302 says so). */
  readonly id?: string;
  readonly profile?: ServerProfile;
  readonly choice?: ProfileChoice;
}

/**
 * The server profile of a node group. A given serverProfile is used as written (AIS303
 * reports it when too small). Otherwise the accelerator's default profile when it holds the
 * node's accelerators (at rackUnitsPerNode's height, when given); else the smallest catalog
 * profile that does; else the default anyway, so that AIS303 says what it holds.
 */
export function resolveProfile(ng: NodeGroup, accelerator: Accelerator | undefined, catalog: Catalog): ProfileResolution {
  if (ng.serverProfile !== undefined) return { id: ng.serverProfile, profile: catalog.profile(ng.serverProfile), choice: 'given' };
  if (!accelerator) return {};
  const need: ServerNeed = { formFactor: accelerator.formFactor, acceleratorsPerNode: ng.acceleratorsPerNode, rackUnitsPerNode: ng.rackUnitsPerNode };
  const defaultId = accelerator.defaultServerProfile;
  const byDefault = defaultId === undefined ? undefined : catalog.profile(defaultId);
  const defaultFits = byDefault !== undefined && holdsAccelerators(byDefault, need);
  if (defaultFits && (need.rackUnitsPerNode === undefined || byDefault.rackUnits === need.rackUnitsPerNode)) {
    return { id: defaultId, profile: byDefault, choice: 'default' };
  }
  const smallest = smallestProfileFor(catalog, need);
  const sameHeight = smallest !== undefined && (need.rackUnitsPerNode === undefined || smallest.rackUnits === need.rackUnitsPerNode);
  // A default that holds the accelerators beats another profile that holds them at another height too.
  if (defaultFits && !sameHeight) return { id: defaultId, profile: byDefault, choice: 'default' };
  if (smallest) return { id: smallest.id, profile: smallest, choice: 'chosen' };
  return defaultId === undefined ? {} : { id: defaultId, profile: byDefault, choice: 'default' };
}
