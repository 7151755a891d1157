import * as fs from 'fs';
import * as path from 'path';
import { ExternalError } from '../spec/errors';

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so readers never
 * see half a report and a failed write leaves the previous file intact.
 */
export function writeFileAtomic(file: string, content: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) {
    throw new ExternalError(`cannot write ${file}: folder ${dir} does not exist; create it first (mkdir -p ${dir})`);
  }
  // A device or pipe (-o /dev/null, -o /dev/stdout) is written to, never replaced.
  if (fs.existsSync(file) && !fs.statSync(file).isFile() && !fs.statSync(file).isDirectory()) {
    try {
      fs.writeFileSync(file, content);
      return;
    } catch (e) {
      throw new ExternalError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new ExternalError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; check the path and permissions`);
  }
}
