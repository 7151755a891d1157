import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { examplesDir } from './national-set';

/**
 * Writes `sites` copies of the hospital example into a new temporary folder, each with its
 * own name and the same three subnets: every subnet is shared by all of them, the worst
 * case for the cross-site overlap rule (AIS402). Returns the folder.
 */
export function writeOverlappingSet(sites: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-overlap-'));
  const hospital = fs.readFileSync(path.join(examplesDir(), 'daejeon-hospital-01.yaml'), 'utf8');
  if (!hospital.includes('\n  name: daejeon-hospital-01\n')) throw new Error('the hospital example no longer has the metadata.name this set renames');
  const width = String(sites - 1).length;
  for (let i = 0; i < sites; i++) {
    const name = `overlap-${String(i).padStart(width, '0')}`;
    fs.writeFileSync(path.join(dir, `${name}.yaml`), hospital.replace('\n  name: daejeon-hospital-01\n', `\n  name: ${name}\n`));
  }
  return dir;
}
