import * as path from 'path';
import { UsageError } from '../spec/errors';
import { failsValidation } from '../spec/findings';
import { ResolvedSite } from '../spec/model/resolved-site';
import { TwinOptions } from '../spec/model/twin-plan';
import { validatePaths, ValidationResult } from '../spec/validate';
import { DEFAULT_OUTDIR, DEFAULT_STATE_DIR } from '../stacks/defaults';
import { stateBackendOf } from '../spec/model/state-backend';
import { localStatePath, StateOwner, stateOwner } from './ownership';

export interface WorkspaceOptions extends TwinOptions {
  /** @default 'cdktf.out' */
  readonly outdir?: string;
  /** @default '.aisite/state' */
  readonly stateDir?: string;
  /** The static busybox for the node image; null for none. @default found on this machine */
  readonly busybox?: string | null;
  /** The command running, for the output folder's lock file. @default 'synth' */
  readonly command?: string;
}

export interface Selection {
  /** Deploy only this site (metadata.name). */
  readonly site?: string;
  /** Every site found. */
  readonly all?: boolean;
}

/** Sites chosen for an operation, with their synthesized stack folders. */
export interface Workspace {
  readonly validation: ValidationResult;
  readonly selected: readonly ResolvedSite[];
  readonly outdir: string;
  readonly twin: TwinOptions;
  stackDir(site: string): string;
  /** The state that owns a site deployed from here (deploy/ownership.ts). */
  owner(site: ResolvedSite, env: Readonly<Record<string, string | undefined>>): StateOwner;
  /** The site's local state file (undefined when its state is in PostgreSQL). */
  stateFile(site: ResolvedSite): string | undefined;
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
  if (sel.all || sites.length === 1) return [...sites];
  if (sites.length === 0) throw new UsageError('no sites found in the given paths');
  throw new UsageError(`the paths hold ${sites.length} sites (${sites.map((x) => x.name).join(', ')}): choose one with --site NAME, or --all`);
}

/**
 * Validates the given paths (all of them, so cross-site rules apply), selects sites and
 * synthesizes every site into the output folder. Error findings stop here.
 */
export function prepareWorkspace(paths: readonly string[], sel: Selection, opts: WorkspaceOptions = {}): Workspace {
  const validation = validatePaths(paths);
  if (failsValidation(validation.findings, false)) throw new InvalidSitesError(validation);
  const selected = selectSites(validation.sites, sel);
  const outdir = opts.outdir ?? DEFAULT_OUTDIR;
  const twin = { fidelity: opts.fidelity, maxContainers: opts.maxContainers };
  // cdktf loads in ~0.2 s: required here so that commands which never synthesize skip it.
  const { synthesize } = require('../stacks/synth') as typeof import('../stacks/synth');
  synthesize(validation.sites, { ...twin, outdir, stateDir: opts.stateDir ?? DEFAULT_STATE_DIR, busybox: opts.busybox, inputs: paths, command: opts.command });
  const stateDir = opts.stateDir ?? DEFAULT_STATE_DIR;
  return {
    validation,
    selected,
    outdir,
    twin,
    stackDir: (site) => path.join(outdir, 'stacks', site),
    owner: (site, env) => stateOwner(site.name, stateBackendOf(site.spec), stateDir, env),
    stateFile: (site) => (stateBackendOf(site.spec).kind === 'local' ? localStatePath(stateDir, site.name) : undefined),
  };
}
