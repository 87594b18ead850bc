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
    if (!this.building) {
      this.building = this.catalogStore.get().then((catalog) => ({ catalog, index: buildTermIndex(catalog.notes) }));
      // A failed load is forgotten so the next hover tries again (handler attached once).
      this.building.catch(() => { this.building = undefined; });
    }
    return this.building;
  }
}
