import { Backbone } from '../spec/model/backbone';
import { Env } from '../spec/env';
import { engineEnvs } from '../spec/model/docker-engines';
import { ResolvedSite } from '../spec/model/resolved-site';
import { StateBackendPlan, stateBackendOf } from '../spec/model/state-backend';
import { TwinPlan } from '../spec/model/twin-plan';
import { stackDirOf } from '../stacks/defaults';
import { Engine } from './docker-objects';
import { ExpectedSite, expectedSiteOf } from './expected-site';
import { localStatePath, StateOwner, stateOwner } from './ownership';

/**
 * One site as plan, deploy, status and destroy act on it, worked out once: its stack
 * folder, the twin plan synth used, the engines it lives on, the objects it should have,
 * its state backend and the state that owns it here.
 */
export interface SiteTarget {
  readonly name: string;
  readonly site: ResolvedSite;
  /** `<outdir>/stacks/<site>` (stacks/defaults.ts). */
  readonly stackDir: string;
  /** How many containers stand for each node group: the plan the stack was synthesized with. */
  readonly twinPlan: TwinPlan;
  /** Every engine of the site: its own first, then its cabinets' (dockerHost). */
  readonly engines: readonly Engine[];
  /** The Docker objects it should have once deployed (backbones it owns included). */
  readonly expected: ExpectedSite;
  readonly backend: StateBackendPlan;
  /**
   * The state that owns the site when deployed from here (deploy/ownership.ts); worked out
   * when first read, since a PostgreSQL owner needs PG_CONN_STR, which status never does.
   */
  readonly owner: StateOwner;
  /** The local state file, named when damaged. @default none (state in PostgreSQL) */
  readonly stateFile?: string;
}

export interface SiteTargetOptions {
  readonly outdir: string;
  readonly stateDir: string;
  readonly env: Env;
  /** The backbones of every site given together (spec/model/backbone.ts). */
  readonly backbones: readonly Backbone[];
}

/** A site's target from the twin plan it was (or would be) synthesized with. */
export function siteTarget(site: ResolvedSite, twinPlan: TwinPlan, opts: SiteTargetOptions): SiteTarget {
  const backend = stateBackendOf(site.spec);
  let owner: StateOwner | undefined;
  return {
    name: site.name,
    site,
    stackDir: stackDirOf(opts.outdir, site.name),
    twinPlan,
    engines: engineEnvs(site.spec.spec, opts.env),
    expected: expectedSiteOf(site, twinPlan, opts.backbones),
    backend,
    get owner() {
      owner ??= stateOwner(site.name, backend, opts.stateDir, opts.env);
      return owner;
    },
    ...(backend.kind === 'local' ? { stateFile: localStatePath(opts.stateDir, site.name) } : {}),
  };
}
