import * as fs from 'fs';
import * as path from 'path';
import { ExternalError, UsageError } from '../spec/errors';

/** Where a report may go. */
export interface WriteOptions {
  /** Replace a file that exists. @default false (refused: exit 2) */
  readonly force?: boolean;
  /** The site files and folders read: never overwritten, nor a site file inside a folder. @default none */
  readonly inputs?: readonly string[];
}

/** Extensions of the files aisite reads as sites from a folder. */
const SITE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Throws a UsageError when `file` is an input, or a site file inside an input folder. */
function refuseInput(file: string, inputs: readonly string[]): void {
  const target = real(file);
  for (const input of inputs) {
    const src = real(input);
    if (target === src) throw new UsageError(`-o ${file} is the input ${input}: aisite never writes over what it reads; choose another output file`);
    const rel = path.relative(src, target);
    const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    if (inside && SITE_EXTENSIONS.has(path.extname(target).toLowerCase()) && fs.statSync(src).isDirectory()) {
      throw new UsageError(`-o ${file} is inside the input folder ${input}, where the next run would read it as a site; write it outside ${input}`);
    }
  }
}

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so readers never
 * see half a report and a failed write leaves the previous file intact. An existing file
 * is replaced only with `force`; an input never.
 */
export function writeFileAtomic(file: string, content: string, opts: WriteOptions = {}): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) {
    throw new ExternalError(`cannot write ${file}: folder ${dir} does not exist; create it first (mkdir -p ${dir})`);
  }
  refuseInput(file, opts.inputs ?? []);
  const stat = fs.existsSync(file) ? fs.statSync(file) : undefined;
  if (stat?.isDirectory()) throw new UsageError(`-o ${file} is a folder; name a file`);
  // A device or pipe (-o /dev/null, -o /dev/stdout) is written to, never replaced.
  if (stat && !stat.isFile()) {
    try {
      fs.writeFileSync(file, content);
      return;
    } catch (e) {
      throw new ExternalError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (stat && !opts.force) throw new UsageError(`${file} exists; pass --force to overwrite it, or choose another output file`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new ExternalError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; check the path and permissions`);
  }
}
