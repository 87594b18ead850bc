// Read-only lookups over the compiled catalog, built once when it is first loaded.
import { CATALOG_FORMAT, type Area, type CatalogData, type Note, type Topic } from './catalogTypes';

export class Catalog {
  private readonly notesById = new Map<string, Note>();
  private readonly topicsById = new Map<string, Topic>();
  private readonly areasById = new Map<string, Area>();

  constructor(readonly data: CatalogData) {
    for (const note of data.notes) this.notesById.set(note.id, note);
    for (const topic of data.topics) this.topicsById.set(topic.id, topic);
    for (const area of data.areas) this.areasById.set(area.id, area);
  }

  /** Parses the JSON that the build wrote; rejects a catalog of another format. */
  static fromJson(json: string): Catalog {
    const data = JSON.parse(json) as CatalogData;
    if (data?.format !== CATALOG_FORMAT || !Array.isArray(data.notes)) {
      throw new Error(`catalog format ${String(data?.format)} is not ${CATALOG_FORMAT}: rebuild the extension`);
    }
    return new Catalog(data);
  }

  get notes(): readonly Note[] {
    return this.data.notes;
  }

  get areas(): readonly Area[] {
    return this.data.areas;
  }

  note(id: string): Note | undefined {
    return this.notesById.get(id);
  }

  topic(id: string): Topic | undefined {
    return this.topicsById.get(id);
  }

  area(id: string): Area | undefined {
    return this.areasById.get(id);
  }

  topicsOf(areaId: string): Topic[] {
    return (this.areasById.get(areaId)?.topicIds ?? []).flatMap((id) => this.topicsById.get(id) ?? []);
  }

  notesOf(topicId: string): Note[] {
    return (this.topicsById.get(topicId)?.noteIds ?? []).flatMap((id) => this.notesById.get(id) ?? []);
  }

  /** `random` is injectable so tests are deterministic. */
  randomNote(random: () => number = Math.random, excludeId?: string): Note | undefined {
    const pool = this.data.notes.filter((note) => note.id !== excludeId);
    const candidates = pool.length > 0 ? pool : this.data.notes;
    return candidates[Math.floor(random() * candidates.length)];
  }
}
