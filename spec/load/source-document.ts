import type { Document, LineCounter, Node, Pair } from 'yaml';
import { SourceLocation } from '../findings';
import { yamlParser } from './yaml-parser';

/**
 * One YAML or JSON document of a file, with its parsed data and a way back from any
 * JSON pointer to the line and column it came from.
 */
export class SourceDocument {
  private tree: SyntaxTree | undefined;
  private treeSource: (() => SyntaxTree | undefined) | undefined;

  constructor(
    /** The file, as given on the command line (relative paths stay relative). */
    public readonly file: string,
    /** 0-based index of the document among the file's non-empty documents. */
    public readonly index: number,
    /** The plain data (what `yaml` gives from toJS). */
    public readonly data: unknown,
    ast: Document.Parsed | undefined,
    lines: LineCounter | undefined,
    /** Builds the syntax tree on first use, when `ast` was not given (the fast path). */
    lazyTree?: () => SyntaxTree | undefined,
  ) {
    this.tree = ast && lines ? { ast, lines } : undefined;
    this.treeSource = this.tree ? undefined : lazyTree;
  }

  /** The syntax tree (parsed now if it was deferred). */
  syntaxTree(): SyntaxTree | undefined {
    return this.syntax();
  }

  private syntax(): SyntaxTree | undefined {
    if (!this.tree && this.treeSource) {
      this.tree = this.treeSource();
      this.treeSource = undefined;
    }
    return this.tree;
  }

  /**
   * Location of the value at `pointer` (or of its key, with `key: true`). When the
   * pointer does not exist (a missing field), the deepest existing ancestor is used.
   */
  locate(pointer: string, opts: { key?: boolean } = {}): SourceLocation {
    const tree = this.syntax();
    if (!tree) return { file: this.file, line: 1, column: 1 };
    const { isMap, isScalar, isSeq } = yamlParser();
    let node: Node | null | undefined = tree.ast.contents as Node | null;
    let keyNode: Node | undefined;
    for (const seg of parsePointer(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === seg) as Pair | undefined;
        if (!pair) break;
        keyNode = pair.key as Node;
        const value = pair.value as Node | null;
        if (!value) {
          node = keyNode;
          break;
        }
        node = value;
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)] as Node | undefined;
        if (!item || !/^\d+$/.test(seg)) break;
        keyNode = undefined;
        node = item;
      } else {
        break;
      }
    }
    const target = opts.key && keyNode ? keyNode : node;
    const range = target?.range;
    const start = range ? range[0] : 0;
    const end = range ? range[1] : 0;
    const a = tree.lines.linePos(start);
    const b = tree.lines.linePos(end);
    return { file: this.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  /** A location at the start of the document, for file-level findings. */
  start(): SourceLocation {
    return this.locate('');
  }
}

/** A parsed document's syntax tree and the line index of its file. */
export interface SyntaxTree {
  readonly ast: Document.Parsed;
  readonly lines: LineCounter;
}

/** Splits an RFC 6901 JSON pointer into unescaped segments. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments. */
export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
