import type { Argv, CommandModule } from 'yargs';
import { diffDocument, DiffSides } from '../../spec/diff/diff-document';
import { diffSites, SitesDiff } from '../../spec/diff/site-diff';
import { UsageError } from '../../spec/errors';
import { Fidelity } from '../../spec/model/twin-plan';
import { FIDELITY_OPTION, MAX_CONTAINERS_OPTION } from './site-options';
import { CliContext } from '../context';
import { diffJson } from '../format/diff/json';
import { diffMarkdown } from '../format/diff/markdown';
import { diffText } from '../format/diff/text';
import { pathSides } from '../path-sides';
import { revisionSides } from '../revision-sites';
import { aisiteVersion } from '../version';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** What `--base` compares the paths against when no paths are given. */
export const DEFAULT_DIFF_PATHS: readonly string[] = ['.'];

export interface DiffArgs {
  /** OLD and NEW, or with `base` the paths to compare (default: the current folder). */
  readonly paths: string[];
  /** A git revision; the paths are compared with themselves at it. @default compare two paths */
  readonly base?: string;
  readonly format: DiffFormat;
  /** Exit 1 when anything changed. @default false */
  readonly exitCode: boolean;
  readonly fidelity: Fidelity;
  readonly maxContainers: number;
}

/** Renders a diff in one of the formats. */
export function renderDiff(diff: SitesDiff, sides: DiffSides, format: DiffFormat): string {
  switch (format) {
    case 'json':
      return diffJson(diff, sides, aisiteVersion());
    case 'text':
      return diffText(diffDocument(diff, sides));
    case 'markdown':
      return diffMarkdown(diffDocument(diff, sides));
  }
}

/**
 * Compares the two sides, prints what the change means; returns the exit code. OLD and
 * NEW are read relative to the process's folder; with --base, paths are relative to `cwd`.
 */
export function runDiff(args: DiffArgs, ctx: CliContext, cwd: string = process.cwd()): number {
  if (!Number.isInteger(args.maxContainers) || args.maxContainers < 1) {
    throw new UsageError(`--max-containers must be a whole number of at least 1, but ${args.maxContainers} was given`);
  }
  const twin = { fidelity: args.fidelity, maxContainers: args.maxContainers };
  let diff: SitesDiff;
  let sides: DiffSides;
  if (args.base !== undefined) {
    const r = revisionSides(args.base, args.paths.length ? args.paths : DEFAULT_DIFF_PATHS, cwd);
    diff = diffSites(r.before, r.after, { twin, beforeFile: r.beforeFile, afterFile: r.afterFile });
    sides = { before: args.base, after: 'working tree' };
  } else {
    if (args.paths.length !== 2) {
      throw new UsageError(
        `aisite diff needs two paths, OLD and NEW, or --base REF with the paths to compare, but ${args.paths.length} path${args.paths.length === 1 ? ' was' : 's were'} given`,
      );
    }
    const r = pathSides(args.paths[0], args.paths[1]);
    diff = diffSites(r.before, r.after, { twin, beforeFile: r.beforeFile, afterFile: r.afterFile });
    sides = { before: args.paths[0], after: args.paths[1] };
  }
  ctx.stdout(renderDiff(diff, sides, args.format));
  return args.exitCode && diff.changed ? 1 : 0;
}

export function diffCommand(ctx: CliContext): CommandModule<object, DiffArgs> {
  return {
    command: 'diff [paths..]',
    describe:
      'What a change means in site terms: accelerators, PFLOPS, power, racks, fabric switches, tenant shares, findings and Docker objects, OLD → NEW or --base REF → now',
    builder: (y: Argv) =>
      y
        .positional('paths', {
          type: 'string',
          array: true,
          default: [],
          describe: 'OLD NEW (files or folders), or with --base the paths to compare (default .)',
        })
        .option('base', { type: 'string', describe: 'git revision to compare the paths with (read with git, no checkout), e.g. HEAD~1 or origin/main' })
        .option('format', {
          alias: 'f',
          choices: DIFF_FORMATS,
          default: 'text' as DiffFormat,
          describe: 'text, markdown (a pull request comment or job summary) or json',
        })
        .option('exit-code', { type: 'boolean', default: false, describe: 'exit 1 when anything changed, as git diff --exit-code does' })
        .option('fidelity', FIDELITY_OPTION)
        .option('max-containers', MAX_CONTAINERS_OPTION)
        .example('$0 diff old/ new/', 'two folders of sites')
        .example('$0 diff --base origin/main sites/ -f markdown', "a pull request's change, for its comment")
        .example('$0 diff --base HEAD~1 --exit-code', 'exit 1 when the last commit changed a site') as unknown as Argv<DiffArgs>,
    handler: (argv) => {
      ctx.exitCode = runDiff(argv, ctx);
    },
  };
}
