// Parsing Python source with @lezer/python: a full parse, an incremental reparse that
// reuses the previous tree, and a time-sliced parse that yields to the caller between
// slices so a very large file never blocks the extension host for long.
// lezer is error-tolerant: any text (binary, half-typed code) gives a tree, never a throw.
import { parser } from '@lezer/python';
import { NodeType, Tree, TreeFragment, type ChangedRange, type PartialParse } from '@lezer/common';

/** One edit, in the format of lezer's ChangedRange: A = old text, B = new text. */
export type TextChange = ChangedRange;

/** How a long task gives the thread back between slices. */
export type YieldFn = () => Promise<void>;

export interface SliceOptions {
  /** Work for at most about this long before yielding (ms). */
  readonly sliceMs?: number;
  /** Called between slices; the default waits for the next macrotask (setImmediate). */
  readonly yieldFn?: YieldFn;
  /** Abort the work between slices; the promise then rejects with the abort reason. */
  readonly signal?: AbortSignal;
  /** Texts longer than this are parsed in chunks of about this many characters (see below). */
  readonly chunkChars?: number;
}

export const DEFAULT_SLICE_MS = 20;

/**
 * The last step of a lezer parse builds the whole tree at once: about 100 ms for a 3 MB
 * file on a slow machine, more during a GC. Longer texts are therefore parsed in chunks
 * of this size, each cut at a top-level statement, so no single step is that large.
 */
export const DEFAULT_CHUNK_CHARS = 256 * 1024;

export function parsePython(text: string): Tree {
  return parser.parse(text);
}

/** True when the tree has an error node (lezer's recovery from a syntax error). */
export function treeHasErrors(tree: Tree): boolean {
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) return true;
  } while (cursor.next());
  return false;
}

/**
 * Parse `newText` reusing the parts of `previous` (the tree of the old text) that the
 * edits did not touch. `changes` are in document order, positions as in ChangedRange.
 * Only reuse a tree without syntax errors: from a tree with an error node lezer-python
 * (1.1.x) may rebuild untouched statements wrongly, e.g. a class that swallows the
 * statements after it.
 */
export function reparsePython(previous: Tree, newText: string, changes: readonly TextChange[]): Tree {
  const fragments = TreeFragment.applyChanges(TreeFragment.addTree(previous), changes);
  return parser.parse(newText, fragments);
}

export const defaultYield: YieldFn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Monotonic milliseconds; performance.now exists on Node and in the browser. */
export const now: () => number = () => performance.now();

/** Throws the abort reason when the signal has fired (checked between slices only). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('aborted');
}

/**
 * A parse cut into slices of about `sliceMs`. Texts longer than `chunkChars` are parsed
 * chunk by chunk: each chunk ends where a top-level statement starts (found by parsing a
 * window of text, then parsing the part before its last top-level statement again).
 * That costs about two parses, only for very large files. The chunk trees become
 * anonymous children of one Script tree, so the result reads like a single parse: for
 * a well-formed file it is the same tree; in a broken file a syntax error cannot reach
 * across a chunk boundary.
 */
export async function parsePythonInSlices(text: string, options: SliceOptions = {}): Promise<Tree> {
  const chunkChars = Math.max(1024, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  if (text.length <= chunkChars * 1.5) return runSliced(parser.startParse(text), options);
  const parts: Tree[] = [];
  const positions: number[] = [];
  for (let start = 0; start < text.length;) {
    for (let size = chunkChars; ; size *= 2) {
      const end = Math.min(text.length, start + size);
      const window = text.slice(start, end);
      const tree = await runSliced(parser.startParse(window), options);
      if (end === text.length) {
        parts.push(tree);
        positions.push(start);
        start = end;
        break;
      }
      const cut = lastStatementStart(tree, window);
      if (cut > 0) {
        // A fresh parse, not one reusing the window's tree: the window ends in a cut-off
        // statement, and lezer-python may build wrong trees when it reuses nodes of a tree
        // with syntax errors (see documentAnalysis.reanalyze).
        parts.push(await runSliced(parser.startParse(window.slice(0, cut)), options));
        positions.push(start);
        start += cut;
        break;
      }
      // One statement longer than the window: try a window twice as large.
    }
  }
  return joinChunks(parts, positions, text.length);
}

/** Advances a parse in slices of about `sliceMs`, yielding between them. */
async function runSliced(parse: PartialParse, options: SliceOptions): Promise<Tree> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const yieldFn = options.yieldFn ?? defaultYield;
  for (;;) {
    throwIfAborted(options.signal);
    const deadline = now() + sliceMs;
    // The clock is read only every few steps: even reading it costs something.
    for (let steps = 1; ; steps++) {
      const tree = parse.advance();
      if (tree) return tree;
      if ((steps & 31) === 0 && now() >= deadline) break;
    }
    await yieldFn();
  }
}

/**
 * Where the last top-level statement of a window starts, when it starts a line at
 * column 0 (a safe place to cut); 0 when there is none. The last statement itself may
 * be cut off by the window's end, so it belongs to the next chunk.
 */
function lastStatementStart(tree: Tree, window: string): number {
  for (let node = tree.topNode.lastChild; node; node = node.prevSibling) {
    const at = node.from;
    if (at === 0) return 0;
    const startsLine = window.charCodeAt(at - 1) === 10 || window.charCodeAt(at - 1) === 13;
    const c = window.charCodeAt(at);
    if (startsLine && node.type.isTop === false && c !== 32 && c !== 9 && c !== 35 /* # */ && !node.type.isError) return at;
  }
  return 0;
}

/** One Script tree whose children are the chunk trees, as anonymous (transparent) nodes. */
function joinChunks(parts: readonly Tree[], positions: readonly number[], length: number): Tree {
  const first = parts[0];
  if (!first || parts.length === 1) return first ?? parser.parse('');
  const children = parts.map((p) => new Tree(NodeType.none, p.children, p.positions, p.length));
  return new Tree(first.type, children, positions, length);
}
