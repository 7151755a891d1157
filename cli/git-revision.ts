import { spawnSync } from 'child_process';
import { ExternalError, UsageError } from '../spec/errors';

/**
 * Reads files at a git revision with git itself (`rev-parse`, `ls-tree`, `cat-file`):
 * no checkout, no work tree touched. Every call has a timeout; a git that is missing or
 * hangs is an external failure (exit 3), a bad revision or a folder outside a repository
 * a usage error (exit 2).
 */

/** Seconds one git call may take before it is given up. */
export const GIT_TIMEOUT_MS = 30_000;
/** The most bytes of file content read from one revision at once (a site file is a few KiB). */
export const GIT_MAX_BUFFER = 512 * 1024 * 1024;

/** A file in a revision's tree. */
export interface TreeFile {
  /** Path from the repository's top, with `/`. */
  readonly path: string;
  /** The blob's object id. */
  readonly object: string;
}

interface GitRun {
  readonly status: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

function git(args: readonly string[], cwd: string, input?: string): GitRun {
  const r = spawnSync('git', args, { cwd, input, timeout: GIT_TIMEOUT_MS, maxBuffer: GIT_MAX_BUFFER, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ExternalError('git was not found on PATH; install git (e.g. `apt-get install git`) to diff against a revision with --base');
    if (code === 'ETIMEDOUT')
      throw new ExternalError(`git ${args[0]} did not finish within ${GIT_TIMEOUT_MS / 1000} s in ${cwd}; check the repository (a lock, a slow file system)`);
    throw new ExternalError(`git ${args[0]} failed in ${cwd}: ${r.error.message}`);
  }
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

/** The top folder of the git work tree that holds `cwd`. */
export function repositoryRoot(cwd: string): string {
  const r = git(['rev-parse', '--show-toplevel'], cwd);
  if (r.status !== 0)
    throw new UsageError(
      `--base needs a git repository, but ${cwd} is not inside one; run aisite diff from the repository, or compare two paths: aisite diff OLD NEW`,
    );
  return r.stdout.toString('utf8').trim();
}

/** The commit a revision names (`HEAD~1`, `origin/main`, a tag or an id). */
export function resolveCommit(root: string, ref: string): string {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--base must name a git revision such as HEAD~1 or origin/main, but '${ref}' was given`);
  const r = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (r.status !== 0)
    throw new UsageError(
      `--base ${ref}: not a commit in the repository at ${root}; give a branch, tag or commit that exists there (fetch it first in a shallow CI clone: git fetch --depth=1 origin <branch>)`,
    );
  return r.stdout.toString('utf8').trim();
}

/**
 * Regular files (not symlinks or submodules) at or under `paths` (from the repository's
 * top, `/`-separated; '' is the whole tree) in a commit, in git's order.
 */
export function treeFiles(root: string, commit: string, paths: readonly string[]): TreeFile[] {
  const specs = paths.some((p) => p === '') ? [] : paths.map((p) => `:(literal)${p}`);
  const r = git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...specs], root);
  if (r.status !== 0) throw new ExternalError(`git ls-tree ${commit} failed: ${r.stderr}`);
  const out: TreeFile[] = [];
  for (const entry of r.stdout.toString('utf8').split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, object] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && (mode === '100644' || mode === '100755')) out.push({ path: entry.slice(tab + 1), object });
  }
  return out;
}

/** The contents of blobs, in the order given, read by one `git cat-file --batch`. */
export function readBlobs(root: string, objects: readonly string[]): Buffer[] {
  if (!objects.length) return [];
  const r = git(['cat-file', '--batch'], root, objects.join('\n') + '\n');
  if (r.status !== 0) throw new ExternalError(`git cat-file failed: ${r.stderr}`);
  const out: Buffer[] = [];
  let at = 0;
  for (const object of objects) {
    const eol = r.stdout.indexOf(0x0a, at);
    const header = r.stdout.subarray(at, eol).toString('utf8').split(' ');
    if (header[1] !== 'blob') throw new ExternalError(`git cat-file: object ${object} is ${header.slice(1).join(' ')}, not a file`);
    const size = Number(header[2]);
    out.push(r.stdout.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1; // the content is followed by a newline
  }
  return out;
}
