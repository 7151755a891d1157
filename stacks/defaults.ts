/** Default output folder, as cdktf-cli uses. */
export const DEFAULT_OUTDIR = 'cdktf.out';
/** Default folder of per-site state files, outside the output folder (which synth replaces). */
export const DEFAULT_STATE_DIR = '.aisite/state';
