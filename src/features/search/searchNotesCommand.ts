// "PyWeb Notes: Search Notes": a QuickPick whose ranking comes from NoteSearch (fuse.js),
// not from VS Code's label filter. The index is built on first use and kept.
import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import type { Note } from '../../core/catalog/catalogTypes';
import { NoteSearch } from '../../core/search/noteSearch';
import type { CatalogStore } from '../catalogStore';

interface NoteItem extends vscode.QuickPickItem {
  readonly noteId: string;
}

/**
 * `sortByLabel` is not in the published typings (VS Code's proposal 73904), but the
 * extension host of VS Code 1.100 forwards it as is. Without it the QuickPick moves items
 * whose title contains the typed text above our ranking. If a later VS Code ignores it,
 * the list only falls back to VS Code's own ordering.
 */
interface SortableQuickPick {
  sortByLabel?: boolean;
}

export function registerSearchNotes(context: vscode.ExtensionContext, catalogStore: CatalogStore, openNote: (noteId: string) => Promise<void>): void {
  let searchIndex: Promise<{ catalog: Catalog; search: NoteSearch }> | undefined;
  const getIndex = () => (searchIndex ??= catalogStore.get().then((catalog) => ({ catalog, search: new NoteSearch(catalog) })));

  context.subscriptions.push(vscode.commands.registerCommand('pywebNotes.searchNotes', async (initialQuery?: unknown) => {
    const { catalog, search } = await getIndex();
    const areaPrefixes = catalog.areas.map((area) => `${area.id}:`).join(' ');
    const toItem = (note: Note): NoteItem => ({
      noteId: note.id,
      label: note.title,
      description: `${catalog.area(note.areaId)?.label ?? ''} › ${catalog.topic(note.topicId)?.label ?? ''}`,
      detail: note.summary,
      alwaysShow: true,
    });

    const picker = vscode.window.createQuickPick<NoteItem>();
    picker.title = 'Search PyWeb Notes';
    picker.placeholder = `Type what you remember ("n+1", "csrf token"); filter by area with ${areaPrefixes}`;
    picker.matchOnDescription = false;
    picker.matchOnDetail = false;
    (picker as SortableQuickPick).sortByLabel = false;
    const update = (query: string) => {
      const hits = search.search(query);
      picker.items = hits.map((hit) => toItem(hit.note));
      picker.title = query.trim() && hits.length === 0 ? 'No note matches: try fewer or other words' : 'Search PyWeb Notes';
    };
    picker.onDidChangeValue(update);
    picker.onDidAccept(() => {
      const chosen = picker.selectedItems[0] ?? picker.activeItems[0];
      picker.hide();
      if (chosen) void openNote(chosen.noteId);
    });
    picker.onDidHide(() => picker.dispose());
    if (typeof initialQuery === 'string') picker.value = initialQuery;
    update(picker.value);
    picker.show();
  }));
}
