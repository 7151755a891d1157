import * as fs from 'fs';
import * as path from 'path';
import { Finding } from '../spec/findings';
import { collectFiles, loadFiles } from '../spec/load/load-files';
import { SourceDocument } from '../spec/load/source-document';
import { validateDocuments, ValidationResult } from '../spec/validate';
import { loadOrReuse, reusableFiles } from './shared-parse';

/** Both sides of `aisite diff OLD NEW`, validated, and how their files compare. */
export interface PathSides {
  readonly before: ValidationResult;
  readonly after: ValidationResult;
  /** A file's name inside OLD (or '' when OLD is a file), so findings about files match across sides. */
  readonly beforeFile: (file: string) => string;
  readonly afterFile: (file: string) => string;
}

/**
 * Loads and validates OLD and NEW (files or folders, searched as `validate` searches
 * them; a missing path is a usage error). A file of OLD with the same bytes as the file at
 * the same place in NEW is parsed once.
 */
export function pathSides(oldPath: string, newPath: string): PathSides {
  const beforeFile = within(oldPath);
  const afterFile = within(newPath);
  const oldFiles = collectFiles([oldPath]);
  const loaded = loadFiles([newPath]);
  const after = { ...validateDocuments(loaded.documents, loaded.findings), files: loaded.files };
  const reusable = new Map([...reusableFiles(loaded.files, loaded)].map(([file, r]) => [afterFile(file), r]));
  const documents: SourceDocument[] = [];
  const findings: Finding[] = [];
  for (const file of oldFiles) {
    const r = loadOrReuse(file, reusable.get(beforeFile(file)));
    for (const d of r.documents) documents.push(d);
    for (const f of r.findings) findings.push(f);
  }
  return { before: { ...validateDocuments(documents, findings), files: oldFiles }, after, beforeFile, afterFile };
}

/** A file's name inside a compared folder (or '' for a compared file). */
function within(root: string): (file: string) => string {
  let isDir = false;
  try {
    isDir = fs.statSync(root).isDirectory();
  } catch {
    // a missing path: collectFiles says so
  }
  const abs = path.resolve(root);
  return (file) => (isDir ? path.relative(abs, path.resolve(file)).split(path.sep).join('/') : '');
}
