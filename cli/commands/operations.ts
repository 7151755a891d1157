import type { OperationHooks } from '../../ops/events';
import { InvalidSitesError } from '../../ops/load-sites';
import type { SiteRequest } from '../../ops/site-request';
import { ValidationResult } from '../../spec/validate';
import { UsageError } from '../../spec/errors';
import { CliContext } from '../context';
import { renderEvent } from '../format/operation-events';
import { formatText } from '../format/text';
import { aisiteVersion } from '../version';
import { SiteArgs } from './site-options';

/** Exit code after an interrupt (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/**
 * The hooks of an operation run from the CLI: events rendered onto the context's streams,
 * questions through its confirm (or refused with a usage error naming --auto-approve).
 */
export function operationHooks(ctx: CliContext, signal?: AbortSignal): OperationHooks {
  return {
    env: ctx.env,
    isTTY: ctx.isTTY,
    signal,
    onUpdate: (e) => renderEvent(e, ctx),
    confirm:
      ctx.confirm ??
      (async (q) => {
        throw new UsageError(`${q.replace(/\?$/, '')}: confirmation needed but nobody can answer; pass --auto-approve`);
      }),
  };
}

/** The site request of a command's arguments. */
export function siteRequest(args: SiteArgs): SiteRequest {
  return {
    paths: args.paths,
    site: args.site,
    all: args.all,
    outdir: args.out,
    stateDir: args.stateDir,
    twin: { fidelity: args.fidelity, maxContainers: args.maxContainers },
    lockTimeoutSeconds: args.lockTimeout ?? 0,
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

/**
 * Runs a command's operation; invalid sites are printed as `validate` does (exit 1).
 * Anything else thrown goes to the entry point (usage errors exit 2, external 3).
 */
export async function orInvalid(run: () => Promise<number>, ctx: CliContext): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof InvalidSitesError)) throw e;
    return refuseFindings(e.validation, ctx, false, 'nothing was changed');
  }
}
