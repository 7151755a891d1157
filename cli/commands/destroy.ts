import * as fs from 'fs';
import * as path from 'path';
import type { Argv, CommandModule } from 'yargs';
import { destroySite, DestroyResult } from '../../deploy/destroy';
import { ensureDockerEngine, ensureSiteEngines } from '../../deploy/docker-engine';
import { Engine } from '../../deploy/docker-objects';
import { engineEnvs } from '../../spec/model/docker-engines';
import { UsageError } from '../../spec/errors';
import { checkStateBackends } from '../../deploy/pg-state';
import { backbonesOf, dependenciesOf, dependencyOrder } from '../../spec/model/backbone';
import { StateBackendPlan, stateBackendOf } from '../../spec/model/state-backend';
import { CliContext } from '../context';
import { withInterrupt } from '../interrupt';
import { EXIT_INTERRUPTED } from './deploy';
import { operationIo, workspaceOrExit } from './operations';
import { lockOutput } from '../../stacks/output-lock';
import { localStatePath, ownedElsewhereMessage, stateOwner } from '../../deploy/ownership';
import { SiteArgs, siteOptions } from './site-options';

export interface DestroyArgs extends SiteArgs {
  readonly autoApprove: boolean;
  /** Also remove the site's objects that another Terraform state owns. @default false */
  readonly takeOver?: boolean;
}

/** Destroys sites through Terraform, then sweeps leftovers by label; works without the spec. */
export async function runDestroy(args: DestroyArgs, ctx: CliContext, signal?: AbortSignal): Promise<number> {
  await ensureDockerEngine({ start: false, env: ctx.env });
  let targets: Array<{ site: string; stackDir?: string; backend?: StateBackendPlan; engines?: Engine[] }>;
  if (args.paths.length) {
    const ws = await workspaceOrExit(args, ctx, 'destroy');
    if (typeof ws === 'number') return ws;
    ensureSiteEngines(ws.selected, ctx.env);
    await checkStateBackends(ws.selected, ctx.env);
    // Sites that attach to a peer's backbone go before the peer that owns it.
    const order = dependencyOrder(ws.selected.map((s) => s.name), dependenciesOf(backbonesOf(ws.validation.sites))).reverse();
    const byName = new Map(ws.selected.map((s) => [s.name, s] as const));
    targets = order.map((name) => ({ site: name, stackDir: ws.stackDir(name), backend: stateBackendOf(byName.get(name)!.spec), engines: engineEnvs(byName.get(name)!.spec.spec, ctx.env) }));
  } else if (args.site) {
    await lockOutput(args.out, 'destroy', args.lockTimeout ?? 0);
    const dir = path.join(args.out, 'stacks', args.site);
    targets = [{ site: args.site, stackDir: fs.existsSync(dir) ? dir : undefined }];
  } else {
    throw new UsageError('name site files, or --site NAME to destroy a site whose spec is gone');
  }
  const io = operationIo(ctx, args.lockTimeout);
  if (!args.autoApprove && !(await io.confirm(`Destroy ${targets.map((t) => t.site).join(', ')} (every container, network and volume labelled with the site)?`))) {
    ctx.stderr('aisite: nothing destroyed (not confirmed)\n');
    return 1;
  }
  const results: DestroyResult[] = [];
  let foreign = false;
  for (const t of targets) {
    const owner = stateOwner(t.site, t.backend ?? { kind: 'local' }, args.stateDir, ctx.env);
    const stateFile = (t.backend?.kind ?? 'local') === 'local' ? localStatePath(args.stateDir, t.site) : undefined;
    const r = await destroySite(t.site, t.stackDir, io, signal, t.backend, t.engines, { owner, takeOver: args.takeOver, stateFile });
    results.push(r);
    if (r.interrupted) {
      ctx.stderr(`aisite: ${t.site}: interrupted; run the same destroy again\n`);
      return EXIT_INTERRUPTED;
    }
    ctx.stdout(`${t.site}: destroyed — ${describeDestroy(r, t.engines?.length ?? 1)}\n`);
    if (!t.engines) ctx.stdout(`${t.site}: no spec given, so only the engine DOCKER_HOST points at was swept; cabinets on engines of their own (dockerHost) need the spec\n`);
    if (r.foreign?.length) {
      ctx.stderr(`aisite: ${ownedElsewhereMessage(t.site, r.foreign, 'remove')}\n`);
      foreign = true;
    }
  }
  return foreign ? 1 : 0;
}

/** What a destroy removed, in one line: Terraform's part, the containers before it, the sweep. */
export function describeDestroy(r: DestroyResult, engines: number): string {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  const first = r.containersFirst ? `, after ${n(r.containersFirst, 'container')} one at a time` : '';
  const how = r.terraform
    ? `terraform destroy removed ${n(r.terraformResources ?? 0, 'resource')}${first}`
    : r.terraformError
      ? `terraform destroy failed (${r.terraformError})${first}`
      : 'swept by label (no stack)';
  const s = r.swept;
  const total = (s.services ?? 0) + s.containers + s.networks + s.volumes;
  const where = engines > 1 ? ` on ${engines} engines` : '';
  const sweep = total
    ? `the label sweep removed${where}: ${s.services ? `${n(s.services, 'service')}, ` : ''}${n(s.containers, 'container')}, ${n(s.networks, 'network')}, ${n(s.volumes, 'volume')}`
    : `the label sweep found nothing left${where}`;
  return `${how}; ${sweep}`;
}

export function destroyCommand(ctx: CliContext): CommandModule<object, DestroyArgs> {
  return {
    command: 'destroy [paths..]',
    describe: 'Remove everything of a site: Terraform destroy, then a sweep by label (also with --site NAME when the spec is gone)',
    builder: (y: Argv) =>
      siteOptions(y, false)
        .option('auto-approve', { type: 'boolean', default: false, describe: 'destroy without asking' })
        .option('take-over', { type: 'boolean', default: false, describe: 'also remove the objects of the site that another Terraform state owns' }) as unknown as Argv<DestroyArgs>,
    handler: async (argv) => {
      ctx.exitCode = await withInterrupt((signal) => runDestroy(argv, ctx, signal), () => ctx.stderr('\naisite: interrupting Terraform…\n'));
    },
  };
}
