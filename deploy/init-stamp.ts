import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Env } from '../spec/env';
import { providerMirror } from '../stacks/provider-mirror';
import { STACK_FILE } from '../stacks/defaults';
import { TERRAFORM_DATA_DIR, TERRAFORM_LOCK_FILE } from '../stacks/init-carry';

/**
 * When `terraform init` can be skipped: a stack folder whose init results synth carried
 * over (stacks/init-carry.ts) and whose stamp says they were made for the same
 * configuration. The stamp is a hash of everything init's outcome depends on: the
 * stack's `terraform` block (required providers and their versions, the backend) and any
 * modules, the Terraform binary, the CLI config and what it points at (the provider
 * mirror's binary, by size and time), and the environment variables that move Terraform's
 * files. Anything changed, and init runs again.
 */

/** The stamp file, inside Terraform's working folder (so it goes wherever that goes). */
export const INIT_STAMP_FILE = path.join(TERRAFORM_DATA_DIR, 'aisite-init-stamp');

/** Bumped when what the stamp covers changes, so stamps of older aisite versions never match. */
const STAMP_FORMAT = 1;

/** Environment variables that change where or how Terraform installs and keeps its files. */
const STAMPED_VARIABLES: readonly string[] = [
  'TF_CLI_CONFIG_FILE',
  'TF_PLUGIN_CACHE_DIR',
  'TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE',
  'TF_REGISTRY_DISCOVERY_RETRY',
  'TF_WORKSPACE',
];

interface StackConfig {
  readonly terraform?: { readonly backend?: Record<string, unknown> };
  readonly module?: unknown;
}

/** Size and modification time of a file, or null when it is absent. */
function fileId(p: string | undefined): string | null {
  if (!p) return null;
  try {
    const st = fs.statSync(p);
    return `${p}:${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

function readOrNull(p: string | undefined): string | null {
  if (!p) return null;
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The stamp of a stack folder for the given Terraform environment (terraformEnv's), or
 * undefined when init must always run there: no stack file, a backend other than the
 * local one (init also checks that a remote state answers), or TF_DATA_DIR set (then the
 * working folder is not the stack's own).
 */
export function initStamp(dir: string, terraformBinary: string, tfEnv: Readonly<Record<string, string>>, env: Env): string | undefined {
  if (tfEnv.TF_DATA_DIR) return undefined;
  let config: StackConfig;
  try {
    config = JSON.parse(fs.readFileSync(path.join(dir, STACK_FILE), 'utf8')) as StackConfig;
  } catch {
    return undefined;
  }
  const backends = Object.keys(config.terraform?.backend ?? {});
  if (backends.some((b) => b !== 'local')) return undefined;
  const mirror = providerMirror(env);
  const parts = {
    format: STAMP_FORMAT,
    terraform: config.terraform ?? null,
    module: config.module ?? null,
    binary: fileId(terraformBinary),
    variables: STAMPED_VARIABLES.map((v) => [v, tfEnv[v] ?? null]),
    cliConfig: readOrNull(tfEnv.TF_CLI_CONFIG_FILE),
    mirror: mirror.ready ? fileId(mirror.binary) : null,
  };
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Whether the folder holds init results made for exactly this stamp. */
export function initIsCurrent(dir: string, stamp: string | undefined): boolean {
  if (!stamp) return false;
  if (readOrNull(path.join(dir, INIT_STAMP_FILE))?.trim() !== stamp) return false;
  return fs.existsSync(path.join(dir, TERRAFORM_LOCK_FILE)) && fs.existsSync(path.join(dir, TERRAFORM_DATA_DIR, 'providers'));
}

/**
 * Before an init: the old stamp goes (a failed init leaves none), and so does the lock file
 * of another configuration, so init chooses the provider afresh as in a new folder.
 */
export function clearInitStamp(dir: string): void {
  fs.rmSync(path.join(dir, INIT_STAMP_FILE), { force: true });
  fs.rmSync(path.join(dir, TERRAFORM_LOCK_FILE), { force: true });
}

/** After a successful init: what it was made for. */
export function writeInitStamp(dir: string, stamp: string | undefined): void {
  if (!stamp || !fs.existsSync(path.join(dir, TERRAFORM_DATA_DIR))) return;
  fs.writeFileSync(path.join(dir, INIT_STAMP_FILE), stamp + '\n');
}
