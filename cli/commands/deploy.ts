import type { Argv, CommandModule } from 'yargs';
import { deploySite, SiteResult } from '../../deploy/deploy';
import { missingBackbones, runInOrder, siteIo } from '../../deploy/deploy-all';
import { backbonesOf, dependenciesOf } from '../../spec/model/backbone';
import { ensureDockerEngine, ensureSiteEngines } from '../../deploy/docker-engine';
import { checkEngineBudgets, engineBudgets } from '../../deploy/twin-budget-check';
import { checkStateBackends } from '../../deploy/pg-state';
import { ensureProviderMirror } from '../../deploy/provider-setup';
import { ensureSwarmTargets } from '../../deploy/swarm';
import { findTerraform } from '../../deploy/terraform';
import { ExternalError, UsageError } from '../../spec/errors';
import { findBusybox } from '../../constructs/private/node-image-context';
import { CliContext } from '../context';
import { withInterrupt } from '../interrupt';
import { operationIo, workspaceOrExit } from './operations';
import { SiteArgs, siteOptions } from './site-options';
import { verifyAndReport } from './verify';

/** Sites deployed side by side at most, by default. */
export const DEFAULT_PARALLEL = 2;

export interface DeployArgs extends SiteArgs {
  readonly autoApprove: boolean;
  /** Sites deployed side by side at most (with --auto-approve). @default DEFAULT_PARALLEL */
  readonly parallel?: number;
  readonly healthTimeout: number;
  readonly startEngine: boolean;
  /** Remove a deployment that another state owns and deploy anew. @default false */
  readonly takeOver?: boolean;
  /** After the health wait, run `aisite verify` on the deployed sites. @default false */
  readonly verify?: boolean;
}

/** Exit code after an interrupt (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/** Checks what deploy needs: terraform, a Docker engine (started if allowed), the provider. */
export async function ensureDeployPrerequisites(ctx: CliContext, startEngine: boolean): Promise<void> {
  findTerraform(ctx.env);
  if (!findBusybox(ctx.env)) {
    throw new ExternalError('no static busybox for the node image — apt-get install busybox-static (or run `npm run setup`), or set AISITE_BUSYBOX');
  }
  // The start script's lines are progress, but the last line of a failure is also the
  // error aisite reports: each line is held back until the next, so it is printed once.
  let held: string | undefined;
  const log = (line: string) => {
    if (held !== undefined) ctx.stderr(`${held}\n`);
    held = line;
  };
  try {
    await ensureDockerEngine({ start: startEngine, env: ctx.env, log });
  } catch (e) {
    if (held !== undefined && !(e instanceof Error && e.message.endsWith(held))) ctx.stderr(`${held}\n`);
    throw e;
  }
  if (held !== undefined) ctx.stderr(`${held}\n`);
  ensureProviderMirror(ctx.env, ctx.stderr);
}

/** Synthesizes, then plans, applies and health-checks each selected site. */
export async function runDeploy(args: DeployArgs, ctx: CliContext, signal?: AbortSignal): Promise<number> {
  // Before anything is synthesized or started: a question nobody can answer is a usage error.
  if (!args.autoApprove && !ctx.confirm) throw new UsageError('deploy asks before it changes anything, but nobody can answer (no terminal); pass --auto-approve');
  await ensureDeployPrerequisites(ctx, args.startEngine);
  const ws = await workspaceOrExit(args, ctx, 'deploy');
  if (typeof ws === 'number') return ws;
  ensureSiteEngines(ws.selected, ctx.env);
  await checkStateBackends(ws.selected, ctx.env);
  ensureSwarmTargets(ws.selected, ctx.env, ctx.stderr, ws.twin);
  checkEngineBudgets(engineBudgets(ws.selected, ws.validation.sites, ws.twin, ctx.env), ws.selected, ctx.env);
  const io = operationIo(ctx, args.lockTimeout);
  const backbones = backbonesOf(ws.validation.sites);
  const names = ws.selected.map((s) => s.name);
  const byName = new Map(ws.selected.map((s) => [s.name, s] as const));
  // Side by side only without questions: prompts of several sites would interleave.
  const parallel = args.autoApprove ? Math.max(1, args.parallel ?? DEFAULT_PARALLEL) : 1;
  const sideBySide = parallel > 1 && names.length > 1;
  const started = Date.now();
  const results = await runInOrder(
    names,
    dependenciesOf(backbones),
    async (name): Promise<SiteResult> => {
      const missing = missingBackbones(name, backbones, new Set(names), io.env)[0];
      if (missing) {
        return { site: name, outcome: 'failed', seconds: 0, message: `its uplink peer ${missing.owner} is not deployed (no backbone network ${missing.name}) — deploy ${missing.owner} first, or both together with --all` };
      }
      try {
        const site = byName.get(name)!;
        return await deploySite(site, { stackDir: ws.stackDir(name), twin: ws.twin, owner: ws.owner(site, ctx.env), stateFile: ws.stateFile(site), takeOver: args.takeOver, autoApprove: args.autoApprove, healthTimeoutSeconds: args.healthTimeout, signal }, sideBySide ? siteIo(io, name) : io);
      } catch (e) {
        if (!(e instanceof Error) || e.constructor.name !== 'UnhealthyError') throw e;
        return { site: name, outcome: 'failed', message: e.message, seconds: 0 };
      }
    },
    {
      parallel,
      signal,
      onDone: names.length > 1 ? (r, done, total) => ctx.stdout(`[${done}/${total} sites, ${((Date.now() - started) / 1000).toFixed(1)}s] ${r.site}: ${r.outcome}\n`) : undefined,
    },
  );
  for (const r of results) {
    if (r.outcome === 'failed' || r.outcome === 'skipped') ctx.stderr(`aisite: ${r.site}: ${r.message}\n`);
    if (r.outcome === 'declined') ctx.stderr(`aisite: ${r.site}: not deployed (not confirmed)\n`);
    if (r.outcome === 'interrupted') ctx.stderr(`aisite: ${r.site}: interrupted; Terraform saved its state — run the same \`aisite deploy\` again to converge, or \`aisite destroy --site ${r.site}\`\n`);
  }
  if (results.some((r) => r.outcome === 'interrupted')) return EXIT_INTERRUPTED;
  if (results.some((r) => r.outcome !== 'deployed' && r.outcome !== 'unchanged')) return 1;
  ctx.stdout(`✔ ${results.map((r) => `${r.site} ${r.outcome} (${r.seconds}s)`).join(', ')}\n`);
  if (args.verify) return verifyAndReport(ws.selected, ws.validation.sites, { format: 'text', twin: ws.twin }, ctx);
  return 0;
}

export function deployCommand(ctx: CliContext): CommandModule<object, DeployArgs> {
  return {
    command: 'deploy <paths..>',
    describe: 'Synthesize, plan and apply sites onto Docker through Terraform, then wait until healthy',
    builder: (y: Argv) =>
      siteOptions(y, true)
        .option('auto-approve', { type: 'boolean', default: false, describe: 'apply without asking' })
        .option('parallel', { type: 'number', default: DEFAULT_PARALLEL, describe: 'with --auto-approve: sites deployed side by side at most (dependency order by uplinks always holds)' })
        .option('health-timeout', { type: 'number', default: 60, describe: 'seconds to wait for healthy containers' })
        .option('start-engine', { type: 'boolean', default: true, describe: 'start a local dockerd when none answers (root only)' })
        .option('verify', { type: 'boolean', default: false, describe: 'after the health wait, probe the sites from inside their containers (aisite verify)' })
        .option('take-over', { type: 'boolean', default: false, describe: 'when another Terraform state (another checkout or state folder) owns the deployed site: remove its objects and deploy from here' })
        .example('$0 deploy examples/daejeon-hospital-01.yaml --auto-approve', 'deploy the hospital MDC') as unknown as Argv<DeployArgs>,
    handler: async (argv) => {
      ctx.exitCode = await withInterrupt((signal) => runDeploy(argv, ctx, signal), () => ctx.stderr('\naisite: interrupting Terraform (once; it saves state)…\n'));
    },
  };
}
