import * as fs from 'fs';
import * as path from 'path';
import { releaseAirGap } from './air-gap';
import { containerNames, countSiteObjects, Engine, listSiteOn, LiveSite, mergeEngines, removeContainer, SiteRef, sweepSite } from './docker-objects';
import { ForeignOwner, foreignOwners, StateOwner } from './ownership';
import { lockHolders } from './pg-state';
import { StateBackendPlan } from '../spec/model/state-backend';
import { OperationIo } from './deploy';
import { ApplyProgress } from './progress';
import { STACK_FILE } from '../stacks/defaults';
import { terraformFault } from './terraform-faults';
import { EngineHangError } from './engine-watchdog';
import { BULK_PARALLELISM, explainErrors, isLockError, lockedMessage, runTerraform, StateLockedError, terraformInit } from './terraform';

export interface DestroyResult {
  readonly site: string;
  /** Whether Terraform destroyed the site from its state (false: no stack or no state). */
  readonly terraform: boolean;
  readonly terraformError?: string;
  readonly swept: { readonly containers: number; readonly networks: number; readonly volumes: number; readonly services?: number };
  readonly interrupted: boolean;
  /** The site's objects that another state owns: left alone (unless taking over). @default none */
  readonly foreign?: readonly ForeignOwner[];
  /** Containers removed one at a time before Terraform ran. @default 0 */
  readonly containersFirst?: number;
  /** Resources Terraform destroyed. @default 0 */
  readonly terraformResources?: number;
  /** Terraform was not run: the site's local state was never written here. @default false */
  readonly noState?: boolean;
}

/**
 * A site to destroy: a whole SiteTarget when the spec is given; without it, the name and
 * what is known (the stack folder if synthesized, the owner of a local state).
 */
export interface DestroyTarget {
  readonly name: string;
  /** @default none: only the label sweep */
  readonly stackDir?: string;
  /** @default local */
  readonly backend?: StateBackendPlan;
  /** Every engine the site uses (from its spec); without a spec only the environment's engine can be swept. @default the environment's */
  readonly engines?: readonly Engine[];
  /** The state that owns the site here. @default none: only a take-over removes anything by label */
  readonly owner?: StateOwner;
  /** The site's local state file, named when it is damaged. @default none */
  readonly stateFile?: string;
}

export interface DestroyOptions {
  /** Remove the objects other states own too. @default false */
  readonly takeOver?: boolean;
  /** Stops Terraform (it saves its state). @default never */
  readonly signal?: AbortSignal;
}

/** Throws StateLockedError when a PostgreSQL session holds the site's state lock. */
async function refuseIfLocked(site: string, schema: string, env: OperationIo['env']): Promise<void> {
  if ((await lockHolders(site, schema, env)).length) throw new StateLockedError(lockedMessage(site, 'pg'));
}

/**
 * Removes everything of a site: through Terraform when its stack folder exists, then a
 * sweep by the aisite.site label for whatever is left (an interrupted deploy, lost
 * state, a renamed node). Works without the spec: only the site name is needed.
 */
export async function destroySite(target: DestroyTarget, io: OperationIo, opts: DestroyOptions = {}): Promise<DestroyResult> {
  const { name: site, stackDir, backend, engines, owner } = target;
  const signal = opts.signal;
  const on = engines?.length ? engines : [{ host: '', env: io.env }];
  // Only this state's own objects, unless taking over; with no owner given, none by label.
  const mine: SiteRef | undefined = opts.takeOver ? site : owner ? { site, owner: owner.id } : undefined;
  let terraform = false;
  let terraformError: string | undefined;
  let containersFirst = 0;
  let engineGone: Error | undefined;
  let terraformResources = 0;
  // A local state never written: nothing was deployed from this state folder, and Terraform
  // (init, provider start-up) would only find that out, a few seconds per site of a large set.
  const neverDeployed = (backend?.kind ?? 'local') === 'local' && target.stateFile !== undefined && !fs.existsSync(target.stateFile);
  if (stackDir && fs.existsSync(path.join(stackDir, STACK_FILE)) && !neverDeployed) {
    try {
      await terraformInit(stackDir, io.env);
      // Containers go first, one at a time with `docker rm` (Docker 20.10 can deadlock when
      // several leave a network at once, see SERIAL_REMOVALS; Terraform's provider takes
      // about 2 s per container serially, docker rm 0.2 s). Terraform then finds them gone
      // and removes networks, volumes and image in parallel. A state in PostgreSQL that
      // another run holds is left alone. The removal does not block: another site's
      // containers may leave at the same time, because sites destroyed side by side share
      // no network (a backbone's two sites are destroyed one after the other).
      if (backend?.kind === 'pg') await refuseIfLocked(site, backend.schema, io.env);
      for (const e of mine ? on : []) {
        const containers = await containerNames(mine!, e.env);
        if (containers.length)
          io.out(
            `${site}: removing ${containers.length} container${containers.length === 1 ? '' : 's'} one at a time${on.length > 1 ? ` on ${e.host}` : ''}\n`,
          );
        for (const c of containers) {
          await removeContainer(c.id, e.env);
          containersFirst++;
          if (!io.isTTY) io.out(`  removed ${c.name} (${containersFirst})\n`);
        }
      }
      const progress = new ApplyProgress({ write: io.out, isTTY: io.isTTY }, `${site}: terraform destroy`, 0);
      // Without refreshing first: reading each network and volume back costs the provider
      // 2 s (its refresh delay) and tells destroy nothing it needs, since the provider
      // takes an object already gone as removed. Should that run fail all the same, a
      // second run refreshes first, as Terraform does by default.
      const destroy = (refresh: boolean) =>
        runTerraform(['destroy', '-json', '-input=false', '-auto-approve', ...BULK_PARALLELISM, ...(refresh ? [] : ['-refresh=false'])], {
          dir: stackDir,
          env: io.env,
          signal,
          watchEngine: true,
          onMessage: (m) => progress.onMessage(m),
        });
      // A failed run's machine fault (engine gone, state damaged), worked out once per run.
      const faultOf = (run: Awaited<ReturnType<typeof destroy>>) =>
        run.code === 0 || signal?.aborted
          ? undefined
          : terraformFault(run.errors, `${run.text}\n${run.details}`, { site, env: io.env, stateFile: target.stateFile });
      let r = await destroy(false);
      let machine = faultOf(r);
      if (r.code !== 0 && !signal?.aborted && !isLockError(r.errors) && !machine) {
        r = await destroy(true);
        machine = faultOf(r);
      }
      if (signal?.aborted) return { site, terraform: false, swept: { containers: 0, networks: 0, volumes: 0 }, interrupted: true, containersFirst };
      terraform = r.code === 0;
      terraformResources = progress.completed;
      progress.finish(terraform ? 'done' : 'failed');
      // Another run holds the state: sweeping now would pull its site from under it. (A
      // damaged state fails while taking the lock too, but nobody holds it.)
      if (machine?.kind !== 'state-damaged' && isLockError(r.errors)) throw new StateLockedError(explainErrors(site, r.errors, backend?.kind));
      if (!terraform) {
        // With the engine gone a sweep cannot run; a damaged state still lets it remove this state's objects.
        if (machine?.kind === 'engine-gone') engineGone = machine.error;
        terraformError = machine?.error.message ?? (explainErrors(site, r.errors, backend?.kind) || r.text.trim().split('\n').pop());
      }
    } catch (e) {
      if (e instanceof EngineHangError || e instanceof StateLockedError) throw e; // a sweep would hang, or pull the site from under the lock holder
      terraformError = (e as Error).message;
    }
    if (engineGone) throw engineGone;
  }
  const swept = { containers: 0, networks: 0, volumes: 0, services: 0 };
  // After a clean Terraform run nothing of the site is left: one count per engine, without
  // blocking, says so. Only what is left is swept, and only another state's objects are
  // listed again, to name them.
  const others: Array<{ host: string; live: LiveSite }> = [];
  let listAgain = !mine;
  for (const e of mine ? on : []) {
    const count = await countSiteObjects(mine!, e.env);
    if (!count.own) {
      listAgain ||= count.others > 0;
      continue;
    }
    const s = sweepSite(mine!, e.env);
    swept.containers += s.containers;
    swept.networks += s.networks;
    swept.volumes += s.volumes;
    swept.services += s.services;
    others.push({ host: e.host, live: s.others });
  }
  releaseAirGap(on[0].env);
  const foreign = listAgain ? foreignOwners(listSiteOn(site, on), owner) : others.length ? foreignOwners(mergeEngines(others), owner) : [];
  return {
    site,
    terraform,
    terraformError,
    swept,
    interrupted: false,
    foreign,
    containersFirst,
    terraformResources,
    ...(neverDeployed ? { noState: true } : {}),
  };
}
