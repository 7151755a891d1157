import * as fs from 'fs';
import * as path from 'path';
import { sweepSite } from './docker-objects';
import { OperationIo } from './deploy';
import { EngineHangError } from './engine-watchdog';
import { explainErrors, isLockError, runTerraform, SERIAL_REMOVALS, StateLockedError, terraformInit } from './terraform';

export interface DestroyResult {
  readonly site: string;
  /** Whether Terraform destroyed the site from its state (false: no stack or no state). */
  readonly terraform: boolean;
  readonly terraformError?: string;
  readonly swept: { readonly containers: number; readonly networks: number; readonly volumes: number; readonly services?: number };
  readonly interrupted: boolean;
}

/**
 * Removes everything of a site: through Terraform when its stack folder exists, then a
 * sweep by the aisite.site label for whatever is left (an interrupted deploy, lost
 * state, a renamed node). Works without the spec: only the site name is needed.
 */
export async function destroySite(site: string, stackDir: string | undefined, io: OperationIo, signal?: AbortSignal): Promise<DestroyResult> {
  let terraform = false;
  let terraformError: string | undefined;
  if (stackDir && fs.existsSync(path.join(stackDir, 'cdk.tf.json'))) {
    try {
      await terraformInit(stackDir, io.env);
      const r = await runTerraform(['destroy', '-json', '-input=false', '-auto-approve', ...SERIAL_REMOVALS], { dir: stackDir, env: io.env, signal, watchEngine: true });
      if (signal?.aborted) return { site, terraform: false, swept: { containers: 0, networks: 0, volumes: 0 }, interrupted: true };
      terraform = r.code === 0;
      // Another run holds the state: sweeping now would pull its site from under it.
      if (isLockError(r.errors)) throw new StateLockedError(explainErrors(site, r.errors));
      if (!terraform) terraformError = explainErrors(site, r.errors) || r.text.trim().split('\n').pop();
    } catch (e) {
      if (e instanceof EngineHangError || e instanceof StateLockedError) throw e; // a sweep would hang, or pull the site from under the lock holder
      terraformError = (e as Error).message;
    }
  }
  const swept = sweepSite(site, io.env);
  return { site, terraform, terraformError, swept, interrupted: false };
}
