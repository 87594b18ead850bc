// Builds the message payload for one note from the catalog.
import type { Catalog } from '../../core/catalog/catalog';
import type { Note } from '../../core/catalog/catalogTypes';
import type { NoteView } from '../../webview/notePanelProtocol';

export function toNoteView(catalog: Catalog, note: Note): NoteView {
  return {
    id: note.id,
    title: note.title,
    areaLabel: catalog.area(note.areaId)?.label ?? note.areaId,
    topicLabel: catalog.topic(note.topicId)?.label ?? note.topicId,
    summary: note.summary,
    html: note.html,
    related: note.related.flatMap((id) => {
      const related = catalog.note(id);
      return related ? [{ id, title: related.title }] : [];
    }),
    docs: note.docs,
    versions: Object.entries(note.versions).map(([name, value]) => ({ name, value })),
    hasQuiz: note.quiz.length > 0,
  };
}
