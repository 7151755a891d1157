import * as fs from 'fs';
import * as path from 'path';
import { STACKS_FOLDER } from './defaults';

/**
 * What `terraform init` leaves in a stack folder, and how synth keeps it: the output
 * folder is replaced on every synth, and without these init would run from scratch every
 * plan, deploy and destroy (installing the provider again; docs/performance.md).
 */

/** Terraform's working folder in a stack: installed providers, the backend it was set up for. */
export const TERRAFORM_DATA_DIR = '.terraform';
/** Terraform's lock file of the provider versions init chose. */
export const TERRAFORM_LOCK_FILE = '.terraform.lock.hcl';

/** The entries of a stack folder that synth carries from the previous output to the new one. */
export const CARRIED_ENTRIES: readonly string[] = [TERRAFORM_DATA_DIR, TERRAFORM_LOCK_FILE];

/**
 * Moves the init results of every stack in `previous` (an output folder being replaced)
 * into the stack of the same site in `next`, by rename (the two are siblings, so nothing
 * is copied). Stacks of sites no longer synthesized are left where they are (deleted with
 * `previous`); an entry the new stack already has is not replaced. Returns the moved
 * entries as `<site>/<entry>`, sorted. Never throws: a move that fails only means that
 * init runs from scratch there.
 */
export function carryInitResults(previous: string, next: string): string[] {
  const moved: string[] = [];
  let sites: string[];
  try {
    sites = fs.readdirSync(path.join(previous, STACKS_FOLDER)).sort();
  } catch {
    return moved;
  }
  for (const site of sites) {
    const to = path.join(next, STACKS_FOLDER, site);
    if (!isDirectory(to)) continue;
    for (const entry of CARRIED_ENTRIES) {
      const from = path.join(previous, STACKS_FOLDER, site, entry);
      const target = path.join(to, entry);
      if (!exists(from) || exists(target)) continue;
      try {
        fs.renameSync(from, target);
        moved.push(`${site}/${entry}`);
      } catch {
        // left behind: deleted with the previous output, and init starts afresh
      }
    }
  }
  return moved;
}

function isDirectory(p: string): boolean {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
