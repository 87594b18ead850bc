// The Topics tree as plain data: area -> topic -> note. The vscode TreeDataProvider only
// turns these nodes into TreeItems.
import type { Catalog } from '../catalog/catalog';

export type TopicsTreeNode =
  | { readonly kind: 'area'; readonly id: string; readonly label: string }
  | { readonly kind: 'topic'; readonly id: string; readonly label: string; readonly areaId: string }
  | { readonly kind: 'note'; readonly id: string; readonly label: string; readonly topicId: string; readonly summary: string };

export function childrenOf(catalog: Catalog, parent?: TopicsTreeNode): TopicsTreeNode[] {
  if (!parent) {
    return catalog.areas
      .filter((area) => catalog.topicsOf(area.id).some((topic) => topic.noteIds.length > 0))
      .map((area) => ({ kind: 'area', id: area.id, label: area.label }));
  }
  if (parent.kind === 'area') {
    return catalog.topicsOf(parent.id)
      .filter((topic) => topic.noteIds.length > 0)
      .map((topic) => ({ kind: 'topic', id: topic.id, label: topic.label, areaId: parent.id }));
  }
  if (parent.kind === 'topic') {
    return catalog.notesOf(parent.id).map((note) => ({ kind: 'note', id: note.id, label: note.title, topicId: note.topicId, summary: note.summary }));
  }
  return [];
}

/** The parent of a node, so the view can reveal a note. */
export function parentOf(catalog: Catalog, node: TopicsTreeNode): TopicsTreeNode | undefined {
  if (node.kind === 'note') {
    const topic = catalog.topic(node.topicId);
    return topic ? { kind: 'topic', id: topic.id, label: topic.label, areaId: topic.areaId } : undefined;
  }
  if (node.kind === 'topic') {
    const area = catalog.area(node.areaId);
    return area ? { kind: 'area', id: area.id, label: area.label } : undefined;
  }
  return undefined;
}

export function noteNode(catalog: Catalog, noteId: string): TopicsTreeNode | undefined {
  const note = catalog.note(noteId);
  return note ? { kind: 'note', id: note.id, label: note.title, topicId: note.topicId, summary: note.summary } : undefined;
}
