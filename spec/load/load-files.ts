import * as fs from 'fs';
import * as path from 'path';
import * as jsyaml from 'js-yaml';
import type { CST, LineCounter, YAMLError } from 'yaml';
import { Finding, RuleInfo } from '../findings';
import { UsageError } from '../errors';
import { LOAD_RULES } from '../rules/load-rules';
import { SourceDocument } from './source-document';
import { yamlParser } from './yaml-parser';

/** Site files larger than this are refused (a national center with counts is a few KiB). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases a document may resolve; beyond this it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/**
 * Collections a document may nest (a site nests about 6). Deeper input is refused before
 * it is composed: composing recurses per level, and a stack overflow deep inside the
 * parser can abort the process instead of throwing.
 */
export const MAX_NESTING_DEPTH = 100;
/** File endings read when a directory is given. */
export const SITE_FILE_PATTERN = /\.(ya?ml|json)$/i;
/**
 * Folders never searched for site files, besides hidden ones (`.git`): aisite's own
 * output and state, whose JSON is not a site, and installed packages.
 */
export const SKIPPED_FOLDERS: readonly string[] = ['cdktf.out', '.aisite', 'node_modules'];

export interface LoadResult {
  /** Every document that parsed, in file order. */
  readonly documents: SourceDocument[];
  /** Findings made while reading and parsing. */
  readonly findings: Finding[];
  /** Every file read, in order. */
  readonly files: string[];
}

/**
 * Expands files and directories (recursively, *.yaml|*.yml|*.json, sorted) into a list
 * of files. A path that does not exist, and a folder with no site file in it (a mistyped
 * path must not pass CI as "0 sites valid"), are usage errors.
 */
export function collectFiles(paths: readonly string[]): string[] {
  if (paths.length === 0) throw new UsageError('no site files given: name one or more files or directories, e.g. `aisite validate examples/`');
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or directory; give the path of a site file (.yaml, .yml, .json) or a folder of them`);
    }
    if (!st.isDirectory()) {
      add(p);
      continue;
    }
    let found = 0;
    walk(p, (f) => {
      found++;
      add(f);
    });
    if (found === 0) {
      throw new UsageError(
        `${p}: no site files (.yaml, .yml, .json) in this folder or below it (${SKIPPED_FOLDERS.join(', ')} and hidden folders are not searched); give a folder that holds site files, or the files themselves`,
      );
    }
  }
  return out;
}

function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.includes(name);
}

function walk(dir: string, add: (f: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`${dir}: cannot read directory (${(e as NodeJS.ErrnoException).code ?? 'error'}); check its permissions`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!isSkippedFolder(e.name)) walk(full, add);
      continue;
    }
    // Hidden files are skipped like hidden folders (editor swap files, `.prettierrc.json`).
    if (e.name.startsWith('.') || !SITE_FILE_PATTERN.test(e.name)) continue;
    // Everything else named like a site file is read, so that loadFile reports what it
    // cannot read (a dangling symlink, a FIFO, a socket, a device) as it does for a path
    // given directly; symlinked folders are not followed, so a link cycle cannot loop.
    add(full);
  }
}

/** Reads and parses the given files and directories. */
export function loadFiles(paths: readonly string[]): LoadResult {
  const files = collectFiles(paths);
  const documents: SourceDocument[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const r = loadFile(file);
    for (const d of r.documents) documents.push(d);
    for (const f of r.findings) findings.push(f);
  }
  return { documents, findings, files };
}

/** Reads one file; never throws for bad content, only reports findings. */
export function loadFile(file: string): { documents: SourceDocument[]; findings: Finding[] } {
  // Open without blocking (a FIFO with no writer would otherwise hang the open), then
  // check what was opened before reading anything from it.
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return fail(
      file,
      LOAD_RULES.unreadable,
      `${file} must be readable, but opening it failed with ${errCode(e)}`,
      'check the path, that a symlink points at an existing file, and the file permissions',
    );
  }
  try {
    let st: fs.Stats;
    try {
      st = fs.fstatSync(fd);
    } catch (e) {
      return fail(file, LOAD_RULES.unreadable, `${file} must be readable, but stat failed with ${errCode(e)}`, 'check the path and its permissions');
    }
    if (!st.isFile()) {
      return fail(
        file,
        LOAD_RULES.unreadable,
        `${file} must be a regular file, but ${fileType(st)} was given`,
        'give the path of a site file (.yaml, .yml, .json) or a folder of them',
      );
    }
    if (st.size > MAX_FILE_BYTES) {
      return fail(
        file,
        LOAD_RULES.tooLarge,
        `a site file must be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB, but ${(st.size / 1024 / 1024).toFixed(1)} MiB was given`,
        'use `count` on cabinets and node groups instead of listing identical entries, or split the file per site',
      );
    }
    let buf: Buffer;
    try {
      buf = fs.readFileSync(fd);
    } catch (e) {
      return fail(
        file,
        LOAD_RULES.unreadable,
        `${file} must be readable, but reading failed with ${errCode(e)}`,
        'check the file permissions (chmod a+r) or that it is not a special file',
      );
    }
    return parseSource(file, buf);
  } finally {
    fs.closeSync(fd);
  }
}

function fileType(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** Parses file content (bytes or text) into documents and findings. */
export function parseSource(file: string, content: Buffer | string): { documents: SourceDocument[]; findings: Finding[] } {
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    const nul = content.indexOf(0);
    if (nul >= 0) {
      const pos = positionOfByte(content, nul);
      return fail(
        file,
        LOAD_RULES.notText,
        `a site file must be UTF-8 text, but binary content (a NUL byte at offset ${nul}) was given`,
        'give a YAML or JSON site file; binary files do not belong in a sites folder',
        pos.line,
        pos.column,
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      const bad = firstInvalidUtf8(content);
      const pos = positionOfByte(content, bad);
      return fail(
        file,
        LOAD_RULES.notText,
        `a site file must be valid UTF-8, but an invalid byte sequence was given at byte ${bad}`,
        're-save the file as UTF-8 (e.g. `iconv -f EUC-KR -t UTF-8`)',
        pos.line,
        pos.column,
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail(
      file,
      LOAD_RULES.empty,
      'a site file must hold at least one document, but an empty file was given',
      'write a site, e.g. `aisite init --template hospital-inference --name my-site`, or remove the file',
    );
  }

  return parseFast(file, text) ?? parseFull(file, text);
}

/** Characters that make the fast path step aside: anchors, aliases, tags, complex keys. */
const NEEDS_FULL_PARSER = /[&*!]|^\s*\?/m;

/**
 * The fast path for ordinary files (js-yaml, several times faster than `yaml`): plain
 * YAML 1.2 core-schema data without anchors, aliases, tags or complex keys, in which
 * every document holds something. Anything else, and any error, goes to parseFull, which
 * makes the findings. Source positions are computed lazily, only when a finding needs one.
 */
function parseFast(file: string, text: string): { documents: SourceDocument[]; findings: Finding[] } | undefined {
  if (NEEDS_FULL_PARSER.test(text)) return undefined;
  let docs: unknown[];
  try {
    docs = jsyaml.loadAll(text, undefined, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  if (docs.length === 0 || docs.some((d) => d === null || d === undefined)) return undefined;
  let full: SourceDocument[] | undefined;
  const treeOf = (k: number) => () => {
    full ??= parseFull(file, text).documents;
    return full.length === docs.length ? full[k].syntaxTree() : undefined;
  };
  return { documents: docs.map((data, k) => new SourceDocument(file, k, data, undefined, undefined, treeOf(k))), findings: [] };
}

/** The full parser (`yaml`): positions for everything, and a finding for every problem. */
function parseFull(file: string, text: string): { documents: SourceDocument[]; findings: Finding[] } {
  const { Composer, LineCounter, Parser } = yamlParser();
  const lines = new LineCounter();
  const findings: Finding[] = [];
  const documents: SourceDocument[] = [];
  let parsed;
  try {
    // Tokenize first (iterative, cannot overflow the stack), refuse runaway nesting,
    // then compose the documents from the same tokens.
    const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
    const deep = tooDeep(tokens);
    if (deep) {
      const pos = lines.linePos(deep.offset);
      return fail(
        file,
        LOAD_RULES.syntax,
        `a site file must nest collections at most ${MAX_NESTING_DEPTH} levels deep, but deeper nesting was given`,
        'check for unclosed or runaway brackets; a site nests only a few levels',
        pos.line,
        pos.col,
      );
    }
    parsed = Array.from(new Composer({ uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' }).compose(tokens, false, text.length));
  } catch (e) {
    return fail(
      file,
      LOAD_RULES.syntax,
      `a site file must be well-formed YAML, but the parser stopped: ${(e as Error).message}`,
      'check nesting and indentation',
    );
  }
  parsed.forEach((doc) => {
    const errors = doc.errors;
    for (const e of errors) findings.push(yamlFinding(file, e, lines));
    if (errors.length > 0) return;
    if (isEmptyDocument(doc.contents)) return; // an empty document between '---' markers
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // yaml says "Excessive alias count indicates a resource exhaustion attack"; an
      // unresolved alias ("Unresolved alias ...") is a plain syntax error.
      const isAlias = /excessive alias/i.test((e as Error).message);
      findings.push(
        fileFinding(
          file,
          isAlias ? LOAD_RULES.aliases : LOAD_RULES.syntax,
          isAlias
            ? `YAML aliases must expand to a bounded document (at most ${MAX_ALIAS_COUNT} alias uses), but the document expands further`
            : `a document must convert to data, but conversion failed: ${(e as Error).message}`,
          isAlias
            ? 'write the repeated parts out, or use `count` for identical cabinets and node groups'
            : 'define each anchor (&name) before its alias (*name), or simplify the document',
          lines.linePos(doc.range[0]).line,
          lines.linePos(doc.range[0]).col,
        ),
      );
      return;
    }
    documents.push(new SourceDocument(file, documents.length, data, doc, lines));
  });
  if (documents.length === 0 && findings.length === 0) {
    return fail(file, LOAD_RULES.empty, 'a site file must hold at least one document, but only empty documents were given', 'write a site, or remove the file');
  }
  return { documents, findings };
}

function yamlFinding(file: string, e: YAMLError, lines: LineCounter): Finding {
  // linePos is only filled in with prettyErrors; compute it from the offset instead.
  const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
  const isDup = e.code === 'DUPLICATE_KEY';
  const message = firstLine(e.message).replace(/ at line \d+, column \d+$/, '');
  return fileFinding(
    file,
    isDup ? LOAD_RULES.duplicateKey : LOAD_RULES.syntax,
    isDup ? `map keys must be unique, but a key was given twice (${message})` : `the file must be well-formed YAML, but ${lowerFirst(message)}`,
    isDup ? 'remove or rename one of the two entries; YAML keeps only one of them' : 'check indentation, quotes and brackets near this position',
    pos.line,
    pos.col,
  );
}

/** True for a document with nothing in it: no content, or an implicit empty scalar. */
function isEmptyDocument(contents: unknown): boolean {
  if (contents === null || contents === undefined) return true;
  return (
    yamlParser().isScalar(contents) &&
    contents.value === null &&
    !contents.tag &&
    !contents.anchor &&
    !!contents.range &&
    contents.range[0] === contents.range[1]
  );
}

/** A collection nested deeper than MAX_NESTING_DEPTH, if any, found without recursion. */
function tooDeep(tokens: readonly CST.Token[]): { offset: number } | undefined {
  const stack: Array<[CST.Token | null | undefined, number]> = [];
  for (const t of tokens) if (t.type === 'document') stack.push([t.value, 0]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (!t || !yamlParser().CST.isCollection(t)) continue;
    if (depth + 1 > MAX_NESTING_DEPTH) return { offset: t.offset };
    for (const item of t.items as CST.CollectionItem[]) {
      stack.push([item.key, depth + 1]);
      stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

function fileFinding(file: string, info: RuleInfo, message: string, fix: string, line = 1, column = 1): Finding {
  return { code: info.code, rule: info.rule, severity: info.severity, message, fix, location: { file, line, column } };
}

function fail(file: string, info: RuleInfo, message: string, fix: string, line = 1, column = 1) {
  return { documents: [], findings: [fileFinding(file, info, message, fix, line, column)] };
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 && b >= 0xc2 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > buf.length) return i;
    for (let k = 1; k < len; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return Math.max(0, buf.length - 1);
}

function positionOfByte(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < buf.length; i++)
    if (buf[i] === 0x0a) {
      line++;
      last = i;
    }
  return { line, column: offset - last };
}
