import { ValidationResult } from '../../spec/validate';
import { OperationIo } from '../../deploy/deploy';
import { lockTimeoutEnv } from '../../deploy/terraform';
import { InvalidSitesError, prepareWorkspace, Workspace } from '../../deploy/workspace';
import { findBusybox } from '../../constructs/private/node-image-context';
import { SiteArgs } from './site-options';
import { UsageError } from '../../spec/errors';
import { CliContext } from '../context';
import { formatText } from '../format/text';
import { aisiteVersion } from '../version';
import { lockOutput } from '../../stacks/output-lock';

/** The operation io of a CLI context (with --lock-timeout passed to Terraform through its environment). */
export function operationIo(ctx: CliContext, lockTimeoutSeconds = 0): OperationIo {
  return {
    out: ctx.stdout,
    err: ctx.stderr,
    isTTY: ctx.isTTY,
    env: { ...ctx.env, ...lockTimeoutEnv(lockTimeoutSeconds) },
    confirm:
      ctx.confirm ??
      (async (q) => {
        throw new UsageError(`${q.replace(/\?$/, '')}: confirmation needed but nobody can answer; pass --auto-approve`);
      }),
  };
}

/**
 * Prints the findings as `validate` does, then `aisite: <outcome>: fix the findings
 * above<suffix>` on stderr; returns exit code 1. For commands that refuse invalid sites.
 */
export function refuseFindings(result: ValidationResult, ctx: CliContext, strict: boolean, outcome: string, suffix = ''): number {
  ctx.stdout(formatText(result, { strict, color: ctx.isTTY && !ctx.env.NO_COLOR, version: aisiteVersion() }));
  ctx.stderr(`aisite: ${outcome}: fix the findings above${suffix}\n`);
  return 1;
}

/** Prints invalid sites as `validate` does; returns exit code 1. Rethrows anything else. */
export function reportInvalid(e: unknown, ctx: CliContext): number {
  if (!(e instanceof InvalidSitesError)) throw e;
  return refuseFindings(e.validation, ctx, false, 'nothing was changed');
}

/**
 * Validates and synthesizes the sites of a command; invalid sites are printed (exit 1).
 * Takes the output folder's lock first (waiting up to --lock-timeout for another run).
 */
export async function workspaceOrExit(args: SiteArgs, ctx: CliContext, command: string): Promise<Workspace | number> {
  await lockOutput(args.out, command, args.lockTimeout ?? 0);
  try {
    const ws = prepareWorkspace(args.paths, args, {
      command,
      outdir: args.out,
      stateDir: args.stateDir,
      fidelity: args.fidelity,
      maxContainers: args.maxContainers,
      busybox: findBusybox(ctx.env) ?? null,
    });
    // Warnings do not stop an operation, but they are said.
    for (const f of ws.validation.findings.filter((x) => x.severity === 'warning')) {
      ctx.stderr(`aisite: warning: ${f.location.file}:${f.location.line}:${f.location.column} ${f.code} ${f.message}\n`);
    }
    return ws;
  } catch (e) {
    return reportInvalid(e, ctx);
  }
}
