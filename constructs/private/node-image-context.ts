import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { installPath } from '../../spec/install-root';

/** Where a static busybox is looked for (Debian's busybox-static installs /bin/busybox). */
export const BUSYBOX_CANDIDATES = ['/bin/busybox', '/usr/bin/busybox'];

/** Files of the node image's build context shipped with aisite (stacks/node-image). */
const CONTEXT_FILES = ['Dockerfile', 'entrypoint.sh'];

export interface NodeImageContext {
  /** SHA-256 over every file of the context: the image's identity and rebuild trigger. */
  readonly sha256: string;
  /** The busybox copied in, or undefined when none was found (the image cannot build). */
  readonly busybox?: string;
}

/** The static busybox to ship: AISITE_BUSYBOX, else the first candidate that exists. */
export function findBusybox(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env.AISITE_BUSYBOX) return fs.existsSync(env.AISITE_BUSYBOX) ? env.AISITE_BUSYBOX : undefined;
  return BUSYBOX_CANDIDATES.find((p) => fs.existsSync(p));
}

/** The folder with the context files, from source or from dist. */
function templateDir(): string {
  return installPath('stacks', 'node-image');
}

interface ContextEntry {
  readonly name: string;
  readonly bytes: Buffer;
  readonly mode: number;
}

function contextEntries(busybox: string | undefined): ContextEntry[] {
  const entries = CONTEXT_FILES.map((name) => ({ name, bytes: fs.readFileSync(path.join(templateDir(), name)), mode: 0o644 }));
  if (busybox) entries.push({ name: 'busybox', bytes: fs.readFileSync(busybox), mode: 0o755 });
  return entries;
}

function hashEntries(entries: readonly ContextEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(e.name).update('\0').update(e.bytes).update('\0');
  return hash.digest('hex');
}

/**
 * Writes the node image's build context into `dir` (Dockerfile, entrypoint, busybox)
 * and returns its content hash. Same inputs, same bytes, same hash.
 */
export function writeNodeImageContext(dir: string, busybox = findBusybox()): NodeImageContext {
  fs.mkdirSync(dir, { recursive: true });
  const entries = contextEntries(busybox);
  for (const e of entries) fs.writeFileSync(path.join(dir, e.name), e.bytes, { mode: e.mode });
  return { sha256: hashEntries(entries), busybox };
}

/** The content hash alone, without writing anything (for constructs used from TypeScript). */
export function nodeImageContextHash(busybox = findBusybox()): string {
  return hashEntries(contextEntries(busybox));
}
