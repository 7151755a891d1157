import { findBusybox } from '../constructs/private/node-image-context';
import { UsageError } from '../spec/errors';
import { failsValidation } from '../spec/findings';
import { validatePaths, ValidationResult } from '../spec/validate';
import type { SynthResult } from '../stacks/synth';
import { OperationHooks } from './events';
import { SiteRequest, siteFolders } from './site-request';

export interface SynthRequest extends Omit<SiteRequest, 'site' | 'all' | 'everyByDefault' | 'lockTimeoutSeconds'> {
  /** Warnings refuse synthesis too. @default false */
  readonly strict?: boolean;
}

/** Synthesized, or refused: by findings (to print as validate does) or by the constructs. */
export type SynthOutcome =
  | { readonly kind: 'synthesized'; readonly synth: SynthResult }
  | { readonly kind: 'invalid'; readonly validation: ValidationResult }
  | { readonly kind: 'refused'; readonly message: string };

/** Validates every site in the paths, then synthesizes them all into the output folder. */
export function synthOperation(req: SynthRequest, hooks: Pick<OperationHooks, 'env'>): SynthOutcome {
  const validation = validatePaths(req.paths);
  if (failsValidation(validation.findings, req.strict ?? false)) return { kind: 'invalid', validation };
  if (validation.sites.length === 0) throw new UsageError('no sites found in the given paths; give files with kind MicroDataCenter or NationalAiCenter');
  // cdktf loads in ~0.2 s: only commands that synthesize pay for it.
  const { synthesize, SynthError } = require('../stacks/synth') as typeof import('../stacks/synth');
  try {
    const synth = synthesize(validation.sites, {
      ...siteFolders(req),
      fidelity: req.twin?.fidelity,
      maxContainers: req.twin?.maxContainers,
      busybox: findBusybox(hooks.env) ?? null,
      inputs: req.paths,
      command: 'synth',
    });
    return { kind: 'synthesized', synth };
  } catch (e) {
    if (!(e instanceof SynthError)) throw e;
    return { kind: 'refused', message: e.message };
  }
}
