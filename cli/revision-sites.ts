import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../spec/errors';
import { Finding } from '../spec/findings';
import { collectFiles, loadFiles, SITE_FILE_PATTERN, SKIPPED_FOLDERS } from '../spec/load/load-files';
import { SourceDocument } from '../spec/load/source-document';
import { validateDocuments, ValidationResult } from '../spec/validate';
import { parseOrReuse, reusableFiles } from './shared-parse';
import { readBlobs, repositoryRoot, resolveCommit, treeFiles } from './git-revision';

/** Both sides of `aisite diff --base REF paths`, validated, and how their files compare. */
export interface RevisionSides {
  readonly before: ValidationResult;
  readonly after: ValidationResult;
  /** Both sides' file names as paths from the repository's top, so findings about files can be matched. */
  readonly beforeFile: (file: string) => string;
  readonly afterFile: (file: string) => string;
}

/**
 * The given paths as they are now against the same paths at revision `ref`, read with
 * git (no checkout). Paths are given as on the command line (relative to `cwd`) and must
 * be inside the repository. A path absent at `ref` has no sites there (they are added);
 * a path absent now but present at `ref` has its sites removed; a path absent on both
 * sides is a usage error. Folders are searched as `validate` searches them. Files at
 * `ref` are named `REF:path`, the way `git show` names them.
 */
export function revisionSides(ref: string, paths: readonly string[], cwd: string = process.cwd()): RevisionSides {
  const root = repositoryRoot(cwd);
  const commit = resolveCommit(root, ref);
  const realRoot = fs.realpathSync(root);
  const rels = paths.map((p) => {
    const rel = repoPath(realRoot, cwd, p);
    if (rel === undefined) throw new UsageError(`${p}: outside the git repository at ${root}; give paths inside it`);
    return rel;
  });
  const tree = treeFiles(root, commit, rels);
  const chosen = tree.filter((f) => rels.some((rel) => f.path === rel || (isUnder(f.path, rel) && searched(f.path.slice(rel === '' ? 0 : rel.length + 1)))));
  const nowFiles: string[] = [];
  paths.forEach((p, i) => {
    const atRef = chosen.some((f) => f.path === rels[i] || isUnder(f.path, rels[i]));
    if (!fs.existsSync(path.resolve(cwd, p))) {
      if (!atRef) throw new UsageError(`${p}: no such file or directory, neither now nor at ${ref}; give the path of a site file or a folder of them`);
      return;
    }
    try {
      // as given when aisite runs in cwd; else the same file, named from the process's folder
      for (const f of collectFiles([path.relative(process.cwd(), path.resolve(cwd, p)) || '.'])) nowFiles.push(f);
    } catch (e) {
      // a folder whose site files were all deleted since ref: its sites are removed
      if (!(e instanceof UsageError && atRef)) throw e;
    }
  });
  const afterFile = (file: string) => repoPath(realRoot, process.cwd(), file) ?? file;
  const loaded = nowFiles.length ? loadFiles(nowFiles) : { documents: [], findings: [], files: [] };
  const after = { ...validateDocuments(loaded.documents, loaded.findings), files: loaded.files };
  // files unchanged since ref are parsed once, from the working tree
  const reusable = new Map([...reusableFiles(loaded.files, loaded)].map(([file, r]) => [afterFile(file), r]));
  const label = (file: string) => `${ref}:${file}`;
  const blobs = readBlobs(
    root,
    chosen.map((f) => f.object),
  );
  const documents: SourceDocument[] = [];
  const findings: Finding[] = [];
  chosen.forEach((f, i) => {
    const r = parseOrReuse(label(f.path), blobs[i], reusable.get(f.path));
    for (const d of r.documents) documents.push(d);
    for (const x of r.findings) findings.push(x);
  });
  const before = { ...validateDocuments(documents, findings), files: chosen.map((f) => label(f.path)) };
  return {
    before,
    after,
    beforeFile: (file) => (file.startsWith(`${ref}:`) ? file.slice(ref.length + 1) : file),
    afterFile,
  };
}

/** `p` (relative to cwd) as a `/`-separated path from the repository's top; undefined outside it. */
function repoPath(realRoot: string, cwd: string, p: string): string | undefined {
  const abs = path.resolve(cwd, p);
  // resolve symlinks of the folders above (a /tmp that is a link), not of the file itself
  let dir = path.dirname(abs);
  let tail = path.basename(abs);
  while (!fs.existsSync(dir)) {
    tail = path.join(path.basename(dir), tail);
    dir = path.dirname(dir);
  }
  const real = path.join(fs.realpathSync(dir), tail);
  const rel = path.relative(realRoot, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

function isUnder(file: string, folder: string): boolean {
  return folder === '' || file.startsWith(`${folder}/`);
}

/** Whether a file found under a given folder is one `validate` would read there. */
function searched(relInFolder: string): boolean {
  const parts = relInFolder.split('/');
  const name = parts[parts.length - 1];
  if (name.startsWith('.') || !SITE_FILE_PATTERN.test(name)) return false;
  return parts.slice(0, -1).every((d) => !d.startsWith('.') && !SKIPPED_FOLDERS.includes(d));
}
