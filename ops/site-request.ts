import { TwinOptions } from '../spec/model/twin-plan';
import { DEFAULT_OUTDIR, DEFAULT_STATE_DIR } from '../stacks/defaults';
import { Selection } from './load-sites';

/** Sites deployed or destroyed side by side at most, by default. */
export const DEFAULT_PARALLEL = 2;

/** What every site operation is asked: which sites, from where, into which folders. */
export interface SiteRequest extends Selection {
  /** Site files and folders. */
  readonly paths: readonly string[];
  /** The synthesized output folder. @default DEFAULT_OUTDIR */
  readonly outdir?: string;
  /** The folder of per-site local state. @default DEFAULT_STATE_DIR */
  readonly stateDir?: string;
  /** Fidelity and container budget of the twin. @default a twin of DEFAULT_MAX_CONTAINERS */
  readonly twin?: TwinOptions;
  /** Seconds to wait for another run's output folder or state lock. @default 0 (refuse at once) */
  readonly lockTimeoutSeconds?: number;
}

/** The output and state folders of a request, defaults filled in (one place for both). */
export function siteFolders(req: Pick<SiteRequest, 'outdir' | 'stateDir'>): { readonly outdir: string; readonly stateDir: string } {
  return { outdir: req.outdir ?? DEFAULT_OUTDIR, stateDir: req.stateDir ?? DEFAULT_STATE_DIR };
}
