import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../spec/errors';
import { processAlive } from './output-lock';

/**
 * The output folders aisite writes (cdktf.out by default) and which of them it may
 * replace: only an absent or empty folder, or one that carries aisite's marker file.
 * Anything else (a file, a folder holding the user's own files, a folder that holds the
 * input sites) is refused, so `--out ../my-project` can never delete a project.
 */

/** The file that marks a folder as aisite's output (written into every synthesized folder). */
export const OUTPUT_MARKER = '.aisite-output';

/** What the marker says to a person who opens it. Fixed text: output stays byte-identical. */
export const OUTPUT_MARKER_TEXT =
  'This folder is synthesized by aisite and replaced on every synth, plan or deploy.\n' +
  'Do not keep files of your own here: they would be deleted with it.\n';

/** The layout an aisite output had before the marker existed: still recognised as its own. */
const LEGACY_ENTRIES = new Set(['manifest.json', 'stacks', 'node-image']);

/** How many of a refused folder's entries the message names. */
const NAMED_ENTRIES = 3;

/** The sibling names a synth uses while it works, with the process that made them. */
const TEMP_PATTERN = /^\.(.+)\.aisite-(tmp|old)-(\d+)$/;

/** A folder beside `outdir` for the new output while it is being written. */
export function tempOutputPath(outdir: string, kind: 'tmp' | 'old', pid = process.pid): string {
  const abs = path.resolve(outdir);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.aisite-${kind}-${pid}`);
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Whether a folder is aisite's own output: the marker, or the pre-marker layout. */
export function isAisiteOutput(dir: string): boolean {
  if (fs.existsSync(path.join(dir, OUTPUT_MARKER))) return true;
  const entries = fs.readdirSync(dir);
  return entries.length > 0 && entries.every((e) => LEGACY_ENTRIES.has(e)) && fs.existsSync(path.join(dir, 'node-image', 'Dockerfile'));
}

/**
 * Throws a UsageError (exit 2) unless aisite may replace `outdir`: absent, empty, or its
 * own output, and holding none of the `inputs` (site files or folders given).
 */
export function checkOutputFolder(outdir: string, inputs: readonly string[] = []): void {
  const out = path.resolve(outdir);
  for (const input of inputs) {
    if (isInside(path.resolve(input), out)) {
      throw new UsageError(
        `--out ${outdir} holds the input ${input}: the output folder is replaced on every synth, so it cannot hold the sites; choose another --out`,
      );
    }
  }
  if (isInside(process.cwd(), out) && fs.existsSync(out)) {
    throw new UsageError(`--out ${outdir} holds the current folder ${process.cwd()}: aisite will not replace the folder it runs in; choose another --out`);
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(out);
  } catch {
    return; // absent: created
  }
  if (!stat.isDirectory()) {
    throw new UsageError(
      `--out ${outdir} is a file, not a folder: aisite writes a folder of Terraform stacks there and will not replace the file; choose another --out`,
    );
  }
  const entries = fs.readdirSync(out).sort();
  if (entries.length === 0 || isAisiteOutput(out)) return;
  const named = entries.slice(0, NAMED_ENTRIES).join(', ') + (entries.length > NAMED_ENTRIES ? `, … (${entries.length} entries)` : '');
  throw new UsageError(
    `--out ${outdir} is a folder aisite did not create (it holds ${named}): aisite replaces only an empty folder or its own output (marked by ${OUTPUT_MARKER}); choose another --out, or empty the folder yourself`,
  );
}

/**
 * Removes the temporary folders that runs killed mid-synth left beside `outdir` (their
 * process is gone); the folders of a run still working are left alone.
 */
export function removeStaleTemps(outdir: string): string[] {
  const abs = path.resolve(outdir);
  const parent = path.dirname(abs);
  let entries: string[];
  try {
    entries = fs.readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const e of entries) {
    const m = TEMP_PATTERN.exec(e);
    if (!m || m[1] !== path.basename(abs) || processAlive(Number(m[3]))) continue;
    fs.rmSync(path.join(parent, e), { recursive: true, force: true });
    removed.push(e);
  }
  return removed;
}
