import * as fs from 'fs';
import * as path from 'path';
import { ExternalError } from '../spec/errors';

/**
 * One run at a time per output folder. A run that synthesizes (synth, plan, deploy,
 * destroy, status) takes a lock file beside the folder and keeps it until the process
 * ends, so a second run cannot replace `cdktf.out` under a Terraform that is using it.
 * A lock whose process is gone (kill -9) is taken over. Within one process the lock is
 * shared: the CLI run in tests, or `deploy --all`, synthesizes more than once.
 */

/** What the lock file holds. */
export interface OutputLockHolder {
  readonly pid: number;
  readonly command: string;
  readonly since: string;
}

const held = new Set<string>();
/** A lock file younger than this whose content cannot be read yet is being written. */
const FRESH_LOCK_MS = 5_000;
let exitHookInstalled = false;

/** The lock file of an output folder: a hidden sibling, so replacing the folder keeps it. */
export function outputLockPath(outdir: string): string {
  const abs = path.resolve(outdir);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.aisite-lock`);
}

function readHolder(file: string): OutputLockHolder | undefined {
  try {
    const h = JSON.parse(fs.readFileSync(file, 'utf8')) as OutputLockHolder;
    return Number.isInteger(h.pid) ? h : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process still runs (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Releases every output folder lock this process holds (also done when it exits). */
export function releaseOutputLocks(): void {
  for (const file of held) {
    try {
      if (readHolder(file)?.pid === process.pid) fs.unlinkSync(file);
    } catch {
      // already gone
    }
  }
  held.clear();
}

/** Whether this process holds the lock on `outdir`. */
export function holdsOutputLock(outdir: string): boolean {
  return held.has(outputLockPath(outdir));
}

/** Releases this process's lock on `outdir` (it is also released when the process exits). */
export function releaseOutputLock(outdir: string): void {
  const file = outputLockPath(outdir);
  if (!held.delete(file)) return;
  try {
    if (readHolder(file)?.pid === process.pid) fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

function busy(outdir: string, holder: OutputLockHolder, hint: string): ExternalError {
  return new ExternalError(
    `another aisite run (pid ${holder.pid}, \`${holder.command}\`, since ${holder.since}) is using ${outdir}: wait for it to end${hint}, or use another --out (lock file ${outputLockPath(outdir)})`,
  );
}

/** Takes the lock on `outdir` for this process now, or throws an ExternalError naming the holder. */
export function lockOutputNow(outdir: string, command: string): void {
  const holder = tryLock(outdir, command);
  if (holder) throw busy(outdir, holder, '');
}

/**
 * Takes the lock on `outdir` for this process, waiting up to `waitSeconds` for another
 * run to finish; throws an ExternalError (exit 3) naming the run that holds it.
 */
export async function lockOutput(outdir: string, command: string, waitSeconds = 0, pollMs = 250): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const holder = tryLock(outdir, command);
    if (!holder) return;
    if (Date.now() >= deadline) {
      throw busy(outdir, holder, waitSeconds > 0 ? ` (waited ${waitSeconds} s)` : ' (or pass --lock-timeout SECONDS to wait)');
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Takes the lock if it is free or stale; returns the live holder otherwise. */
export function tryLock(outdir: string, command: string): OutputLockHolder | undefined {
  const file = outputLockPath(outdir);
  if (held.has(file) && readHolder(file)?.pid === process.pid) return undefined;
  const me: OutputLockHolder = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      held.add(file);
      if (!exitHookInstalled) {
        process.on('exit', releaseOutputLocks);
        exitHookInstalled = true;
      }
      return undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined; // the parent folder is missing: synth reports it
      if (code !== 'EEXIST') throw new ExternalError(`cannot lock ${outdir}: ${code ?? (e as Error).message} writing ${file}; check permissions`);
    }
    const holder = readHolder(file);
    if (holder && holder.pid === process.pid) {
      held.add(file);
      return undefined;
    }
    if (holder && processAlive(holder.pid)) return holder;
    // Created a moment ago and not written yet: another run is taking it.
    if (!holder && Date.now() - mtimeOf(file) < FRESH_LOCK_MS) return { pid: 0, command: 'starting', since: 'just now' };
    // The holder is gone (killed) or the file is unreadable: take it over once.
    fs.rmSync(file, { force: true });
  }
  return readHolder(file) ?? { pid: 0, command: 'unknown', since: 'unknown' };
}
