// Analysed Python documents by URI and version, so every hover after the first is a
// lookup. A new version is re-analysed incrementally from the previous one; a large
// document is analysed in time slices so it never blocks the extension host for long.
import { analyzePython, analyzePythonInSlices, reanalyze, type PythonDocument } from '../python/documentAnalysis';
import { changedRegion } from '../python/textDiff';

interface Entry {
  readonly version: number;
  readonly analysis: Promise<PythonDocument>;
  /** Set once the analysis is done, so a later version can reuse its tree. */
  done?: PythonDocument;
}

export interface AnalysisCacheOptions {
  /** Documents kept (least recently used dropped first). */
  readonly capacity?: number;
  /** From this many characters on, a first analysis runs in slices. */
  readonly sliceAbove?: number;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly capacity: number;
  private readonly sliceAbove: number;

  constructor(options: AnalysisCacheOptions = {}) {
    this.capacity = options.capacity ?? 50;
    this.sliceAbove = options.sliceAbove ?? 400_000;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The analysis of `text` at `version`; `getText` is only called when work is needed. */
  get(uri: string, version: number, getText: () => string): Promise<PythonDocument> {
    const cached = this.entries.get(uri);
    if (cached && cached.version === version) {
      this.touch(uri, cached);
      return cached.analysis;
    }
    const text = getText();
    const previous = cached?.done;
    const entry: Entry = { version, analysis: this.analyse(text, previous) };
    entry.analysis.then((doc) => { entry.done = doc; }, () => this.entries.delete(uri));
    this.touch(uri, entry);
    return entry.analysis;
  }

  /** Whether this version of the document is analysed already (not merely under way). */
  isAnalysed(uri: string, version: number): boolean {
    const entry = this.entries.get(uri);
    return entry?.version === version && entry.done !== undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private analyse(text: string, previous: PythonDocument | undefined): Promise<PythonDocument> {
    if (previous) {
      const change = changedRegion(previous.text, text);
      return Promise.resolve(change ? reanalyze(previous, text, [change]) : previous);
    }
    return text.length > this.sliceAbove ? analyzePythonInSlices(text) : Promise.resolve(analyzePython(text));
  }

  private touch(uri: string, entry: Entry): void {
    this.entries.delete(uri);
    this.entries.set(uri, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
