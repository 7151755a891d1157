import type { Argv } from 'yargs';
import { DEFAULT_MAX_CONTAINERS, Fidelity } from '../../spec/model/twin-plan';
import { DEFAULT_OUTDIR, DEFAULT_STATE_DIR } from '../../stacks/defaults';
import { DEFAULT_PARALLEL } from '../../ops/site-request';

/** Options every site operation (plan, deploy, status, destroy) shares. */
export interface SiteArgs {
  readonly paths: string[];
  readonly site?: string;
  readonly all: boolean;
  readonly out: string;
  readonly stateDir: string;
  readonly fidelity: Fidelity;
  readonly maxContainers: number;
  /** Seconds to wait for another run's state lock. @default 0 (fail at once) */
  readonly lockTimeout?: number;
}

/** `--fidelity`, as every command that synthesizes or compares a twin takes it. */
export const FIDELITY_OPTION = {
  choices: ['twin', 'full', 'programme'] as const,
  default: 'twin' as Fidelity,
  describe:
    'twin: a bounded number of server containers per site; full: one container per server; programme: one container per node group and one network for fabrics alike (many sites on one engine)',
};

/** `--max-containers`, the twin's budget of server containers per site. */
export const MAX_CONTAINERS_OPTION = { type: 'number' as const, default: DEFAULT_MAX_CONTAINERS, describe: 'server containers per site in a twin' };

/**
 * `--parallel`, for the commands that work on several sites side by side (deploy,
 * destroy): a whole number of at least 1, refused otherwise (NaN would lift the limit).
 */
export function parallelOption(verb: string, note: string) {
  return {
    type: 'number' as const,
    default: DEFAULT_PARALLEL,
    describe: `sites ${verb} side by side at most (${note}; dependency order by uplinks always holds)`,
    coerce: (n: number) => {
      if (!Number.isInteger(n) || n < 1) throw new Error(`--parallel must be a whole number of at least 1, but ${String(n)} was given`);
      return n;
    },
  };
}

/** `--start-engine`, for the commands that need an engine and may start one (plan, deploy). */
export const START_ENGINE_OPTION = { type: 'boolean' as const, default: true, describe: 'start a local dockerd when none answers (root only)' };

export function siteOptions<T>(y: Argv<T>, pathsRequired: boolean): Argv<T & SiteArgs> {
  return y
    .positional('paths', {
      type: 'string',
      array: true,
      demandOption: pathsRequired,
      default: pathsRequired ? undefined : [],
      describe: 'site files or folders',
    })
    .option('site', { type: 'string', describe: 'the site (metadata.name) to act on' })
    .option('all', { type: 'boolean', default: false, describe: 'act on every site found' })
    .option('out', { alias: 'o', type: 'string', default: DEFAULT_OUTDIR, describe: 'synthesized output folder' })
    .option('state-dir', { type: 'string', default: DEFAULT_STATE_DIR, describe: 'folder of per-site Terraform state' })
    .option('fidelity', FIDELITY_OPTION)
    .option('max-containers', MAX_CONTAINERS_OPTION)
    .option('lock-timeout', {
      type: 'number',
      default: 0,
      describe: "seconds to wait when another run holds a site's state lock (0: fail at once)",
    }) as unknown as Argv<T & SiteArgs>;
}
