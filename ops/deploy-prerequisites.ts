import { findBusybox } from '../constructs/private/node-image-context';
import { ensureDockerEngine } from '../deploy/docker-engine';
import { ensureProviderMirror } from '../deploy/provider-setup';
import { findTerraform } from '../deploy/terraform';
import { ExternalError } from '../spec/errors';
import { OperationHooks } from './events';

/**
 * Checks what plan and deploy need: terraform, a static busybox for the node image, a
 * Docker engine (started when allowed and none answers), the provider mirror. Each
 * missing part throws one ExternalError line saying how to get it.
 */
export async function ensureDeployPrerequisites(hooks: OperationHooks, startEngine: boolean): Promise<void> {
  findTerraform(hooks.env);
  if (!findBusybox(hooks.env)) {
    throw new ExternalError('no static busybox for the node image — apt-get install busybox-static (or run `npm run setup`), or set AISITE_BUSYBOX');
  }
  const notice = (text: string) => hooks.onUpdate({ type: 'notice', text });
  // The start script's lines are progress, but the last line of a failure is also the
  // error aisite reports: each line is held back until the next, so it is printed once.
  let held: string | undefined;
  const log = (line: string) => {
    if (held !== undefined) notice(`${held}\n`);
    held = line;
  };
  try {
    await ensureDockerEngine({ start: startEngine, env: hooks.env, log });
  } catch (e) {
    if (held !== undefined && !(e instanceof Error && e.message.endsWith(held))) notice(`${held}\n`);
    throw e;
  }
  if (held !== undefined) notice(`${held}\n`);
  ensureProviderMirror(hooks.env, notice);
}
