import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ExternalError } from '../spec/errors';
import { providerMirror } from '../stacks/provider-mirror';

type Env = Readonly<Record<string, string | undefined>>;

function scriptsDir(): string {
  for (const rel of ['../scripts', '../../scripts']) {
    const p = path.join(__dirname, rel);
    if (fs.existsSync(path.join(p, 'provider-mirror.sh'))) return p;
  }
  throw new ExternalError('scripts/provider-mirror.sh not found beside the aisite installation');
}

/**
 * Makes sure Terraform can install kreuzwerker/docker: the local mirror is used when
 * built; otherwise it is built once (several minutes) from the Go module proxy.
 */
export function ensureProviderMirror(env: Env, log: (text: string) => void): void {
  if (providerMirror(env).ready) return;
  log('aisite: building the kreuzwerker/docker provider into a local mirror (once; several minutes)…\n');
  const r = spawnSync('bash', [path.join(scriptsDir(), 'provider-mirror.sh')], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0 || !providerMirror(env).ready) {
    throw new ExternalError('the provider mirror could not be built (see above) — run `npm run setup`, or use a machine with the Terraform registry');
  }
}
