import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

/**
 * The folder of this aisite installation (where its package.json is), found once by
 * walking up from this file: the same from source (ts-jest) and from dist/.
 */
export function installRoot(): string {
  if (root) return root;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p) && (JSON.parse(fs.readFileSync(p, 'utf8')) as { name?: string }).name === 'aisite') return (root = dir);
    dir = path.dirname(dir);
  }
  throw new Error(`aisite's package.json not found above ${__dirname}`);
}

/** A path inside the installation, e.g. installPath('scripts', 'docker-engine.sh'). */
export function installPath(...segments: string[]): string {
  return path.join(installRoot(), ...segments);
}
