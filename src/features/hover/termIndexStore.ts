// The term index over the catalog's notes, built on first use (not in activate()).
import type { Catalog } from '../../core/catalog/catalog';
import { buildTermIndex, type TermIndex } from '../../core/hover/termIndex';
import type { CatalogStore } from '../catalogStore';

export interface TermLookup {
  readonly catalog: Catalog;
  readonly index: TermIndex;
}

export class TermIndexStore {
  private building: Promise<TermLookup> | undefined;

  constructor(private readonly catalogStore: CatalogStore) {}

  get(): Promise<TermLookup> {
    this.building ??= this.catalogStore.get().then((catalog) => ({ catalog, index: buildTermIndex(catalog.notes) }));
    this.building.catch(() => { this.building = undefined; });
    return this.building;
  }
}
