import { UsageError } from '../spec/errors';
import { failsValidation } from '../spec/findings';
import { Backbone, backbonesOf } from '../spec/model/backbone';
import { ResolvedSite } from '../spec/model/resolved-site';
import { validatePaths, ValidationResult } from '../spec/validate';

/** Which of the sites found an operation acts on. */
export interface Selection {
  /** Only this site (metadata.name). @default none */
  readonly site?: string;
  /** Every site found. @default false */
  readonly all?: boolean;
  /** Without --site, every site found (status, unlock) instead of insisting on one or --all. @default false */
  readonly everyByDefault?: boolean;
}

/** The sites of an operation, validated together (so cross-site rules apply). */
export interface LoadedSites {
  readonly validation: ValidationResult;
  /** Every site found in the paths. */
  readonly all: readonly ResolvedSite[];
  /** Those the operation acts on, in the order found. */
  readonly selected: readonly ResolvedSite[];
  /** The backbones of every site found (uplinks between them). */
  readonly backbones: readonly Backbone[];
}

/** Thrown when the given sites have error findings; carries the validation result to print. */
export class InvalidSitesError extends Error {
  constructor(readonly validation: ValidationResult) {
    super('the sites have error findings');
  }
}

/** Picks sites by --site / --all; one site needs neither. */
export function selectSites(sites: readonly ResolvedSite[], sel: Selection): ResolvedSite[] {
  if (sel.site) {
    const s = sites.find((x) => x.name === sel.site);
    if (!s) throw new UsageError(`--site ${sel.site} is not among the given sites (${sites.map((x) => x.name).join(', ') || 'none'})`);
    return [s];
  }
  if (sel.all || sel.everyByDefault || sites.length === 1) return [...sites];
  if (sites.length === 0) throw new UsageError('no sites found in the given paths');
  throw new UsageError(`the paths hold ${sites.length} sites (${sites.map((x) => x.name).join(', ')}): choose one with --site NAME, or --all`);
}

/**
 * The one way every command loads sites: validate all the paths, refuse error findings
 * (InvalidSitesError), select.
 */
export function loadSites(paths: readonly string[], sel: Selection = {}): LoadedSites {
  const validation = validatePaths(paths);
  if (failsValidation(validation.findings, false)) throw new InvalidSitesError(validation);
  return { validation, all: validation.sites, selected: selectSites(validation.sites, sel), backbones: backbonesOf(validation.sites) };
}
