import { SitePlan, SiteResult } from '../deploy/deploy';
import { DestroyResult, DestroyTarget } from '../deploy/destroy';
import { LockHolder } from '../deploy/pg-state';
import { Env } from '../spec/env';
import { Finding } from '../spec/findings';
import { EngineBudget } from '../spec/model/twin-budget';

/**
 * What an operation reports while it runs, as cdktf's CdktfProject does through
 * `onUpdate`: typed events for each step, and `output`/`notice` for the running text of
 * lower layers (Terraform's progress bar or lines, the engine start script, removals).
 * The CLI renders them (cli/format/operation-events.ts); a library user may do otherwise.
 */
export type OperationEvent =
  /** Progress text meant for stdout (a bar on a terminal, lines in CI). */
  | { readonly type: 'output'; readonly text: string }
  /** A line meant for stderr: the engine start script, a swarm placement warning, the air gap. */
  | { readonly type: 'notice'; readonly text: string }
  /** A warning finding of the sites: it does not stop the operation. */
  | { readonly type: 'warning'; readonly finding: Finding }
  /** What the twin needs on one engine (before anything is created). */
  | { readonly type: 'budget'; readonly budget: EngineBudget }
  /** A site's plan is known (plan). */
  | { readonly type: 'site planned'; readonly site: string; readonly plan: SitePlan }
  /** A site has ended (deploy): `done` of `total` sites, `seconds` since the first started. */
  | { readonly type: 'site deployed'; readonly result: SiteResult; readonly done: number; readonly total: number; readonly seconds: number }
  /** A site has been destroyed; `withSpec` false when only its name was given. */
  | { readonly type: 'site destroyed'; readonly target: DestroyTarget; readonly result: DestroyResult; readonly withSpec: boolean }
  /** A site's state lock as found (unlock). */
  | { readonly type: 'lock found'; readonly site: string; readonly backend: 'local' | 'pg'; readonly holders: readonly LockHolder[] }
  /** A site's lock was released by ending the sessions that held it. */
  | { readonly type: 'unlocked'; readonly site: string; readonly sessions: number };

/** How an operation reaches the outside world: the CLI passes its context, tests a recorder. */
export interface OperationHooks {
  /** The environment of Docker, Terraform and PostgreSQL. */
  readonly env: Env;
  /** Whether progress goes to a terminal (one redrawn bar instead of lines). */
  readonly isTTY: boolean;
  readonly onUpdate: (event: OperationEvent) => void;
  /** Asks a yes/no question; only called when not auto-approved. */
  readonly confirm: (question: string) => Promise<boolean>;
  /** Interrupts the operation: Terraform stops and saves its state. @default never */
  readonly signal?: AbortSignal;
}
