import { TwinOptions } from '../spec/model/twin-plan';
import { Selection } from './load-sites';

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
