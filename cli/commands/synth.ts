import type { Argv, CommandModule } from 'yargs';
import { synthOperation } from '../../ops/synth-operation';
import { UsageError } from '../../spec/errors';
import { Fidelity } from '../../spec/model/twin-plan';
import { FIDELITY_OPTION, MAX_CONTAINERS_OPTION } from './site-options';
import { DEFAULT_OUTDIR, DEFAULT_STATE_DIR, STACK_FILE } from '../../stacks/defaults';
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
  const r = synthOperation(
    { paths: args.paths, outdir: args.out, stateDir: args.stateDir, strict: args.strict, twin: { fidelity: args.fidelity, maxContainers: args.maxContainers } },
    { env: ctx.env },
  );
  if (r.kind === 'invalid') return refuseFindings(r.validation, ctx, args.strict, 'nothing synthesized', ` (the previous ${args.out} is unchanged)`);
  if (r.kind === 'refused') {
    ctx.stderr(`aisite: synthesis refused (the previous ${args.out} is unchanged):\n${r.message}\n`);
    return 1;
  }
  const out = r.synth;
  for (const s of out.stacks) {
    const p = s.plan;
    const stand = p.groups.some((g) => g.represents > 1) ? `, each standing for up to ${p.groups.reduce((m, g) => Math.max(m, g.represents), 0)} servers` : '';
    ctx.stdout(`  ${s.dir}/${STACK_FILE}  ${p.containers} server containers for ${p.servers} servers (${p.fidelity}${stand})\n`);
  }
  ctx.stdout(`✔ synthesized ${out.stacks.length} stack${out.stacks.length === 1 ? '' : 's'} into ${out.outdir}\n`);
  if (!out.imageBuildable) {
    ctx.stderr(
      'aisite: warning: no static busybox found, so the node image cannot be built at deploy; install it (apt-get install busybox-static) or set AISITE_BUSYBOX\n',
    );
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
        .option('out', {
          alias: 'o',
          type: 'string',
          default: DEFAULT_OUTDIR,
          describe: "output folder: replaced atomically when absent, empty or aisite's own output; any other folder is refused",
        })
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
