// vscode://<extension id>/note?id=<note id>: the link "Copy link" makes and the URI
// handler opens. Both directions live here so they cannot disagree.
const NOTE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function noteLink(uriScheme: string, extensionId: string, noteId: string): string {
  return `${uriScheme}://${extensionId}/note?id=${encodeURIComponent(noteId)}`;
}

/** The note id a handled URI names (path and query as VS Code passes them), if any. */
export function noteIdFromUri(path: string, query: string): string | undefined {
  if (path !== '/note') return undefined;
  const id = new URLSearchParams(query).get('id');
  return id !== null && id.length <= 100 && NOTE_ID.test(id) ? id : undefined;
}
