import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../spec/errors';
import { failsValidation } from '../../spec/findings';
import { Fidelity } from '../../spec/model/twin-plan';
import { FIDELITY_OPTION, MAX_CONTAINERS_OPTION } from './site-options';
import { validatePaths } from '../../spec/validate';
import { findBusybox } from '../../constructs/private/node-image-context';
import { DEFAULT_OUTDIR, DEFAULT_STATE_DIR } from '../../stacks/defaults';
import { CliContext } from '../context';
import { refuseFindings } from './operations';

export interface SynthArgs {
  readonly paths: string[];
  readonly out: string;
  readonly fidelity: Fidelity;
  readonly maxContainers: number;
  readonly stateDir: string;
  readonly strict: boolean;
}

/** Validates, then synthesizes every site into Terraform JSON; returns the exit code. */
export function runSynth(args: SynthArgs, ctx: CliContext): number {
  if (!Number.isInteger(args.maxContainers) || args.maxContainers < 1) {
    throw new UsageError(`--max-containers must be a whole number of at least 1, but ${args.maxContainers} was given`);
  }
  const result = validatePaths(args.paths);
  if (failsValidation(result.findings, args.strict)) return refuseFindings(result, ctx, args.strict, 'nothing synthesized', ` (the previous ${args.out} is unchanged)`);
  if (result.sites.length === 0) throw new UsageError('no sites found in the given paths; give files with kind MicroDataCenter or NationalAiCenter');
  // cdktf loads in ~0.2 s: only commands that synthesize pay for it.
  const { synthesize, SynthError } = require('../../stacks/synth') as typeof import('../../stacks/synth');
  let out;
  try {
    out = synthesize(result.sites, { outdir: args.out, fidelity: args.fidelity, maxContainers: args.maxContainers, stateDir: args.stateDir, busybox: findBusybox(ctx.env) ?? null, inputs: args.paths, command: 'synth' });
  } catch (e) {
    if (!(e instanceof SynthError)) throw e;
    ctx.stderr(`aisite: synthesis refused (the previous ${args.out} is unchanged):\n${e.message}\n`);
    return 1;
  }
  for (const s of out.stacks) {
    const p = s.plan;
    const stand = p.groups.some((g) => g.represents > 1) ? `, each standing for up to ${p.groups.reduce((m, g) => Math.max(m, g.represents), 0)} servers` : '';
    ctx.stdout(`  ${s.dir}/cdk.tf.json  ${p.containers} server containers for ${p.servers} servers (${p.fidelity}${stand})\n`);
  }
  ctx.stdout(`✔ synthesized ${out.stacks.length} stack${out.stacks.length === 1 ? '' : 's'} into ${out.outdir}\n`);
  if (!out.imageBuildable) {
    ctx.stderr('aisite: warning: no static busybox found, so the node image cannot be built at deploy; install it (apt-get install busybox-static) or set AISITE_BUSYBOX\n');
  }
  return 0;
}

export function synthCommand(ctx: CliContext): CommandModule<object, SynthArgs> {
  return {
    command: 'synth <paths..>',
    describe: 'Synthesize sites into Terraform JSON for Docker (one cdktf stack per site)',
    builder: (y: Argv) =>
      y
        .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'site files or folders' })
        .option('out', { alias: 'o', type: 'string', default: DEFAULT_OUTDIR, describe: 'output folder: replaced atomically when absent, empty or aisite\'s own output; any other folder is refused' })
        .option('fidelity', FIDELITY_OPTION)
        .option('max-containers', MAX_CONTAINERS_OPTION)
        .option('state-dir', { type: 'string', default: DEFAULT_STATE_DIR, describe: 'folder for per-site Terraform state (kept outside the output folder)' })
        .option('strict', { type: 'boolean', default: false, describe: 'warnings refuse synthesis too' })
        .example('$0 synth examples/', 'write cdktf.out/stacks/<site>/cdk.tf.json for every example')
        .example('$0 synth examples/haenam-national-ai-center.yaml --fidelity full', 'one container per server') as unknown as Argv<SynthArgs>,
    handler: (argv) => {
      ctx.exitCode = runSynth(argv, ctx);
    },
  };
}
