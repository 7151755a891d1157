import * as fs from 'fs';
import { installPath } from '../spec/install-root';

/** aisite's version, from its package.json. */
export function aisiteVersion(): string {
  return (JSON.parse(fs.readFileSync(installPath('package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
}
