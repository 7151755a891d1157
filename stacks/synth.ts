import { BackboneAttachment } from '../constructs/ai-site';
import { Backbone, backbonesOf } from '../spec/model/backbone';
import { twinAddressesOf } from '../spec/model/twin-addresses';
import { App } from 'cdktf';
import * as fs from 'fs';
import * as path from 'path';
import { ExternalError } from '../spec/errors';
import { ResolvedSite } from '../spec/model/resolved-site';
import { TwinOptions, TwinPlan } from '../spec/model/twin-plan';
import { findBusybox, writeNodeImageContext } from '../constructs/private/node-image-context';
import { DEFAULT_OUTDIR, DEFAULT_STATE_DIR } from './defaults';
import { SiteStack } from './site-stack';
import { checkOutputFolder, OUTPUT_MARKER, OUTPUT_MARKER_TEXT, removeStaleTemps, tempOutputPath } from './output-folder';
import { holdsOutputLock, lockOutputNow, releaseOutputLock } from './output-lock';
import { carryInitResults } from './init-carry';

export { DEFAULT_OUTDIR, DEFAULT_STATE_DIR };

export interface SynthOptions extends TwinOptions {
  /** @default 'cdktf.out' */
  readonly outdir?: string;
  /** State files go to <stateDir>/<site>/terraform.tfstate. @default '.aisite/state' */
  readonly stateDir?: string;
  /** The static busybox to put in the node image; null for none. @default found on this machine */
  readonly busybox?: string | null;
  /** The site files and folders given: the output folder may not hold any of them. @default none */
  readonly inputs?: readonly string[];
  /** The command synthesizing, for the lock file (stacks/output-lock.ts). @default 'synth' */
  readonly command?: string;
}

export interface SynthResult {
  readonly outdir: string;
  readonly stacks: ReadonlyArray<{ readonly name: string; readonly dir: string; readonly plan: TwinPlan }>;
  /** False when no busybox was found: the output is valid Terraform, but the image cannot build. */
  readonly imageBuildable: boolean;
}

/** Thrown when constructs refuse a site (validation errors), listing every finding. */
export class SynthError extends Error {}

/** The backbones a site joins, as its stack sees them. */
export function attachmentsOf(site: string, backbones: readonly Backbone[]): BackboneAttachment[] {
  return backbones
    .filter((b) => b.sites.includes(site))
    .map((b) => ({ peer: b.sites[0] === site ? b.sites[1] : b.sites[0], owner: b.owner === site, gbps: b.gbps }));
}

/**
 * Builds the cdktf app for the given sites into `outdir` (cdktf's layout). The same
 * sites give the same app: no absolute paths, no timestamps.
 */
export function buildApp(
  sites: readonly ResolvedSite[],
  outdir: string,
  opts: SynthOptions & { finalOutdir?: string } = {},
): { app: App; stacks: SiteStack[]; imageBuildable: boolean } {
  const image = writeNodeImageContext(path.join(outdir, 'node-image'), opts.busybox === undefined ? findBusybox() : (opts.busybox ?? undefined));
  const app = new App({ outdir, stackTraces: false });
  const final = path.resolve(opts.finalOutdir ?? outdir);
  const stateDir = path.resolve(opts.stateDir ?? DEFAULT_STATE_DIR);
  const backbones = backbonesOf(sites);
  const twinSubnets = twinAddressesOf(sites, backbones).subnets;
  const stacks = sites.map((site) => {
    const stackDir = path.join(final, 'stacks', site.name);
    const statePath = toPosix(path.relative(stackDir, path.join(stateDir, site.name, 'terraform.tfstate')));
    return new SiteStack(app, {
      site,
      twin: { fidelity: opts.fidelity, maxContainers: opts.maxContainers },
      statePath,
      imageContextSha256: image.sha256,
      backbones: attachmentsOf(site.name, backbones),
      twinSubnets,
    });
  });
  return { app, stacks, imageBuildable: image.busybox !== undefined };
}

/**
 * Synthesizes atomically: builds in a temporary folder beside `outdir` and swaps it in,
 * so a failed synth leaves the previous output intact. Only an absent or empty folder,
 * or aisite's own output, is replaced (stacks/output-folder.ts); one run at a time
 * (stacks/output-lock.ts).
 */
export function synthesize(sites: readonly ResolvedSite[], opts: SynthOptions = {}): SynthResult {
  const outdir = opts.outdir ?? DEFAULT_OUTDIR;
  const parent = path.dirname(path.resolve(outdir));
  if (!fs.existsSync(parent)) throw new ExternalError(`cannot write ${outdir}: folder ${parent} does not exist; create it first`);
  checkOutputFolder(outdir, opts.inputs);
  // A run that locked the folder for a whole operation keeps it; a bare synth releases it.
  const release = !holdsOutputLock(outdir);
  lockOutputNow(outdir, opts.command ?? 'synth');
  removeStaleTemps(outdir);
  const tmp = tempOutputPath(outdir, 'tmp');
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    try {
      fs.mkdirSync(tmp);
    } catch (e) {
      throw new ExternalError(`cannot write ${outdir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message} creating ${tmp}; check permissions`);
    }
    const { app, stacks, imageBuildable } = buildApp(sites, tmp, { ...opts, finalOutdir: outdir });
    try {
      app.synth();
    } catch (e) {
      throw new SynthError((e as Error).message);
    }
    fs.writeFileSync(path.join(tmp, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    swapIn(tmp, outdir);
    return {
      outdir,
      imageBuildable,
      stacks: stacks.map((s) => ({ name: s.site.siteName, dir: path.join(outdir, 'stacks', s.site.siteName), plan: s.site.plan! })),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (release) releaseOutputLock(outdir);
  }
}

/**
 * Replaces `outdir` with `tmp`: rename the old one aside, rename the new one in, carry each
 * stack's `terraform init` results over (stacks/init-carry.ts), delete the old.
 */
function swapIn(tmp: string, outdir: string): void {
  const old = tempOutputPath(outdir, 'old');
  try {
    if (fs.existsSync(outdir)) fs.renameSync(outdir, old);
    fs.renameSync(tmp, outdir);
  } catch (e) {
    if (!fs.existsSync(outdir) && fs.existsSync(old)) fs.renameSync(old, outdir);
    throw new ExternalError(`cannot replace ${outdir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; the previous output is unchanged`);
  }
  carryInitResults(old, outdir);
  fs.rmSync(old, { recursive: true, force: true });
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
