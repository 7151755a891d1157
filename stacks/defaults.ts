import * as path from 'path';

/** Default output folder, as cdktf-cli uses. */
export const DEFAULT_OUTDIR = 'cdktf.out';
/** Default folder of per-site state files, outside the output folder (which synth replaces). */
export const DEFAULT_STATE_DIR = '.aisite/state';
/** Folder of the per-site stacks inside an output folder (cdktf's layout). */
export const STACKS_FOLDER = 'stacks';
/** Terraform JSON file of a stack, as cdktf writes it. */
export const STACK_FILE = 'cdk.tf.json';

/** Where a site's stack is synthesized: `<outdir>/stacks/<site>`. */
export function stackDirOf(outdir: string, site: string): string {
  return path.join(outdir, STACKS_FOLDER, site);
}
