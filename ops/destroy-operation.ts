import * as fs from 'fs';
import { DestroyResult, destroySite, DestroyTarget } from '../deploy/destroy';
import { EarlyRelease, earlyReleases, releaseBackbone } from '../deploy/backbone-release';
import { OperationIo } from '../deploy/deploy';
import { Backbone } from '../spec/model/backbone';
import { ensureDockerEngine, ensureSiteEngines } from '../deploy/docker-engine';
import { localStatePath, stateOwner } from '../deploy/ownership';
import { checkStateBackends } from '../deploy/pg-state';
import { UsageError } from '../spec/errors';
import { dependenciesOf, dependencyOrder } from '../spec/model/backbone';
import { stackDirOf } from '../stacks/defaults';
import { reversed, schedule } from '../deploy/schedule';
import { siteIo } from '../deploy/deploy-all';
import { lockOutput } from '../stacks/output-lock';
import { OperationHooks } from './events';
import { operationIo } from './operation-io';
import { prepareSites } from './prepare-sites';
import { DEFAULT_PARALLEL, SiteRequest, siteFolders } from './site-request';

export interface DestroyRequest extends SiteRequest {
  /** Destroy without asking. @default false (ask through hooks.confirm) */
  readonly autoApprove?: boolean;
  /** Also remove the site's objects that another Terraform state owns. @default false */
  readonly takeOver?: boolean;
  /**
   * Sites destroyed side by side at most. A site still goes after every site attached to
   * its backbone, and each site's containers leave one at a time.
   * @default DEFAULT_PARALLEL
   */
  readonly parallel?: number;
}

export interface DestroyOperationResult {
  /** The question was asked and answered no: nothing was touched. */
  readonly declined: boolean;
  /** Per site, in the order they were done (dependants before the peers whose backbone they use). */
  readonly sites: ReadonlyArray<{ readonly target: DestroyTarget; readonly result: DestroyResult }>;
  /** The site whose destroy was interrupted (the rest were not started). @default none */
  readonly interrupted?: string;
}

interface Targets {
  readonly targets: DestroyTarget[];
  /** For each site, the sites attached to its backbone: destroyed before it. */
  readonly after: ReadonlyMap<string, ReadonlySet<string>>;
  /** The backbones among the sites. @default none */
  readonly backbones?: readonly Backbone[];
  readonly withSpec: boolean;
}

/** The sites to destroy: from their specs when given, else the one named (its spec gone). */
async function destroyTargets(req: DestroyRequest, hooks: OperationHooks): Promise<Targets> {
  const { outdir, stateDir } = siteFolders(req);
  if (req.paths.length) {
    const prepared = await prepareSites(req, hooks, 'destroy');
    const selected = prepared.targets.map((t) => t.site);
    ensureSiteEngines(selected, hooks.env);
    await checkStateBackends(selected, hooks.env);
    // Sites that attach to a peer's backbone go before the peer that owns it.
    const deps = dependenciesOf(prepared.loaded.backbones);
    const byName = new Map(prepared.targets.map((t) => [t.name, t] as const));
    const order = dependencyOrder([...byName.keys()], deps).reverse();
    return { targets: order.map((name) => byName.get(name)!), after: reversed(deps), backbones: prepared.loaded.backbones, withSpec: true };
  }
  if (!req.site) throw new UsageError('name site files, or --site NAME to destroy a site whose spec is gone');
  await lockOutput(outdir, 'destroy', req.lockTimeoutSeconds ?? 0);
  const dir = stackDirOf(outdir, req.site);
  const local = { kind: 'local' } as const;
  return {
    targets: [
      {
        name: req.site,
        stackDir: fs.existsSync(dir) ? dir : undefined,
        backend: local,
        owner: stateOwner(req.site, local, stateDir, hooks.env),
        stateFile: localStatePath(stateDir, req.site),
      },
    ],
    after: new Map(),
    withSpec: false,
  };
}

/**
 * Runs `fn`s one after another, in the order given, whoever calls: the backbones released
 * early go one at a time (deploy/backbone-release.ts).
 */
function oneAtATime(): <T>(fn: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const next = last.then(fn);
    last = next.catch(() => undefined);
    return next;
  };
}

/**
 * Removes every object of the sites: Terraform destroy where a stack exists, then a sweep
 * by label of this state's own objects (all of them with takeOver). Asks once for all
 * sites, then destroys up to `parallel` side by side, each after the sites attached to its
 * backbone; reports `site destroyed` as each is done. Each site's containers leave one at
 * a time (Docker 20.10's deadlock, see SERIAL_REMOVALS); sites side by side share no
 * network, so theirs may leave at the same time (deploy/destroy.ts). A site attached to a
 * backbone whose owner is destroyed in the same run releases that backbone as soon as it
 * is gone itself (deploy/backbone-release.ts), so the owner has less to do at the end.
 */
export async function destroyOperation(req: DestroyRequest, hooks: OperationHooks): Promise<DestroyOperationResult> {
  await ensureDockerEngine({ start: false, env: hooks.env });
  const { targets, after, backbones, withSpec } = await destroyTargets(req, hooks);
  const io = operationIo(hooks, req.lockTimeoutSeconds);
  if (
    !req.autoApprove &&
    !(await hooks.confirm(`Destroy ${targets.map((t) => t.name).join(', ')} (every container, network and volume labelled with the site)?`))
  ) {
    return { declined: true, sites: [] };
  }
  const byName = new Map(targets.map((t) => [t.name, t] as const));
  const parallel = Math.max(1, req.parallel ?? DEFAULT_PARALLEL);
  const sideBySide = parallel > 1 && targets.length > 1;
  const sites: Array<{ target: DestroyTarget; result: DestroyResult }> = [];
  let interrupted: string | undefined;
  const releases = earlyReleases(backbones ?? [], byName, hooks.env);
  const serially = oneAtATime();
  const owners = new Set([...releases.values()].flatMap((list) => list.map((r) => r.owner.site)));
  // Releases run in the background, one at a time, while the next sites are destroyed. An
  // owner starts after every site attached to it, so by then all its releases are queued:
  // waiting for the queue to drain waits for them.
  const drained = () => serially(() => Promise.resolve());
  const destroyOne = async (name: string): Promise<DestroyResult> => {
    const siteOut = sideBySide ? siteIo(io, name) : io;
    if (owners.has(name)) await drained();
    const result = await destroySite(byName.get(name)!, siteOut, { takeOver: req.takeOver, signal: hooks.signal });
    if (result.interrupted || result.terraformError) return result;
    for (const r of releases.get(name) ?? []) void serially(() => (hooks.signal?.aborted ? Promise.resolve() : releaseEarly(r, name, siteOut)));
    return result;
  };
  await schedule([...byName.keys()], after, destroyOne, {
    parallel,
    signal: hooks.signal,
    notStarted: (site) => ({ site, terraform: false, swept: { containers: 0, networks: 0, volumes: 0 }, interrupted: true }),
    onDone: (result) => {
      if (result.interrupted) {
        interrupted ??= result.site;
        return;
      }
      const target = byName.get(result.site)!;
      sites.push({ target, result });
      hooks.onUpdate({ type: 'site destroyed', target, result, withSpec });
    },
  });
  // An interrupted run does not start the owner: its releases still finish before the run ends.
  await drained();
  return { declined: false, sites, ...(interrupted ? { interrupted } : {}) };
}

/** Releases one backbone after `site` is gone, saying so on the site's lines. */
async function releaseEarly(r: EarlyRelease, site: string, out: OperationIo): Promise<void> {
  const done = await releaseBackbone(r.network, r.owner, r.env);
  if (done.released)
    out.out(
      `${site}: released backbone ${r.network} of ${r.owner.site} early (${done.disconnected} container${done.disconnected === 1 ? '' : 's'} disconnected)\n`,
    );
  else if (done.reason !== 'already gone') out.out(`${site}: backbone ${r.network} left to ${r.owner.site}'s destroy (${done.reason})\n`);
}
