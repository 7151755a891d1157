import { spawnSync } from 'child_process';
import { ExternalError } from '../spec/errors';
import { installPath } from '../spec/install-root';
import { providerMirror } from '../stacks/provider-mirror';
import { Env } from '../spec/env';

/**
 * Makes sure Terraform can install kreuzwerker/docker: the local mirror is used when
 * built; otherwise it is built once (several minutes) from the Go module proxy.
 */
export function ensureProviderMirror(env: Env, log: (text: string) => void): void {
  if (providerMirror(env).ready) return;
  log('aisite: building the kreuzwerker/docker provider into a local mirror (once; several minutes)…\n');
  const r = spawnSync('bash', [installPath('scripts', 'provider-mirror.sh')], {
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0 || !providerMirror(env).ready) {
    throw new ExternalError('the provider mirror could not be built (see above) — run `npm run setup`, or use a machine with the Terraform registry');
  }
}
