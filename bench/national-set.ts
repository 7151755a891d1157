import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { installPath } from '../spec/install-root';

/** Where the bundled examples live, from source or from dist. */
export function examplesDir(): string {
  return installPath('examples');
}

/**
 * Writes the national-scale benchmark set into a new temporary folder: the bundled
 * national center (32,768 accelerators) plus `mdcs` micro data centers derived from the
 * hospital example, each in its own file with its own subnets. Returns the folder.
 */
export function writeNationalSet(mdcs = 200): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-bench-'));
  const ex = examplesDir();
  const national = fs
    .readFileSync(path.join(ex, 'haenam-national-ai-center.yaml'), 'utf8')
    // The factory example is not in the set: drop the uplink so no peer is missing.
    .replace(/\n {2}uplinks:\n( {4}.*\n)+/, '\n');
  fs.writeFileSync(path.join(dir, 'haenam-national-ai-center.yaml'), national);
  const hospital = fs.readFileSync(path.join(ex, 'daejeon-hospital-01.yaml'), 'utf8');
  for (let i = 0; i < mdcs; i++) {
    const doc = parseDocument(hospital);
    const name = `mdc-${String(i).padStart(3, '0')}`;
    doc.setIn(['metadata', 'name'], name);
    const second = 128 + Math.floor(i / 64);
    const third = (i % 64) * 4;
    ['compute', 'storage', 'mgmt'].forEach((_, k) => doc.setIn(['spec', 'fabrics', k, 'subnet'], `10.${second}.${third + k}.0/24`));
    fs.writeFileSync(path.join(dir, `${name}.yaml`), doc.toString());
  }
  return dir;
}
