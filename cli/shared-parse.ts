import * as fs from 'fs';
import { Finding } from '../spec/findings';
import { loadFile, MAX_FILE_BYTES, parseSource } from '../spec/load/load-files';
import { SourceDocument } from '../spec/load/source-document';

/**
 * The two sides of a diff are mostly the same files: a file whose bytes equal a file
 * already parsed on the other side is not parsed again. Its documents are the other
 * side's under this side's file name (the data is shared, never changed by validation;
 * the syntax tree is the other side's, built when a finding needs a position).
 */

/** Documents and findings of some files, by file name. */
export interface ParsedFiles {
  readonly documents: SourceDocument[];
  readonly findings: Finding[];
}

/** A parsed file the other side may reuse: its bytes and its documents. */
export interface Reusable {
  readonly bytes: Buffer;
  readonly documents: readonly SourceDocument[];
}

/** Collects, per file, the documents of a load so the other side can reuse them. */
export function reusableFiles(files: readonly string[], parsed: ParsedFiles): Map<string, Reusable> {
  const docs = new Map<string, SourceDocument[]>();
  for (const d of parsed.documents) {
    const list = docs.get(d.file);
    if (list) list.push(d);
    else docs.set(d.file, [d]);
  }
  // a file with findings from loading (unreadable, invalid YAML) is parsed again: its findings name it
  const troubled = new Set(parsed.findings.map((f) => f.location.file));
  const out = new Map<string, Reusable>();
  for (const file of files) {
    const list = docs.get(file);
    if (!list || troubled.has(file)) continue;
    try {
      out.set(file, { bytes: fs.readFileSync(file), documents: list });
    } catch {
      // read once already; if it cannot be read again it is simply not reused
    }
  }
  return out;
}

/** The documents of `reuse` under another file name. */
export function renamed(reuse: Reusable, file: string): SourceDocument[] {
  return reuse.documents.map((d) => new SourceDocument(file, d.index, d.data, undefined, undefined, () => d.syntaxTree()));
}

/** Parses content named `file`, reusing `other` when its bytes are the same. */
export function parseOrReuse(file: string, content: Buffer, other: Reusable | undefined): ParsedFiles {
  if (other && other.bytes.equals(content)) return { documents: renamed(other, file), findings: [] };
  return parseSource(file, content);
}

/**
 * Loads a file from disk as `loadFile` does, reusing `other` when the file is a regular
 * file with the same bytes; anything else (a FIFO, a large file, a difference) goes to
 * `loadFile`, which reports it.
 */
export function loadOrReuse(file: string, other: Reusable | undefined): ParsedFiles {
  if (other) {
    try {
      const st = fs.statSync(file);
      if (st.isFile() && st.size === other.bytes.length && st.size <= MAX_FILE_BYTES) {
        const bytes = fs.readFileSync(file);
        if (bytes.equals(other.bytes)) return { documents: renamed(other, file), findings: [] };
      }
    } catch {
      // loadFile says what is wrong with it
    }
  }
  return loadFile(file);
}
