// Hovers through VS Code's own hover API: a framework name gets its note; a look-alike
// from another library gets nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatePyWebNotes, closeAllEditors, waitFor } from './helpers/pywebNotes';
import { openSample, positionOf, samplesFolder } from './helpers/samples';

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

suite('Python hovers', () => {
  suiteSetup(activatePyWebNotes);
  teardown(closeAllEditors);

  test('select_related on a queryset shows its note with an Open note link', async () => {
    const document = await openSample('django_app/api.py');
    const text = await hoverText(document, positionOf(document, 'select_related', 0, 3));
    assert.match(text, /select_related/);
    assert.match(text, /command:pywebNotes\.openNote\?/);
    assert.match(text, /select-related-vs-prefetch-related/);
  });

  test('post_save from django.db.models.signals shows the signals note', async () => {
    const document = await openSample('django_app/signals.py');
    const text = await hoverText(document, positionOf(document, 'post_save', 1, 2));
    assert.match(text, /django\.db\.models\.signals\.post_save/);
    assert.match(text, /django-signals/);
  });

  test('is_valid on a DRF serializer shows the validation note; a Django form\'s is_valid does not', async () => {
    const document = await openSample('django_app/api.py');
    const text = await hoverText(document, positionOf(document, 'is_valid', 0, 2));
    assert.match(text, /drf-serializer-validation/);
    const form = await vscode.workspace.openTextDocument({
      language: 'python',
      content: 'from rest_framework import serializers\n\ndef save(request):\n    form = BookForm(request.POST)\n    return form.is_valid()\n',
    });
    try {
      assert.doesNotMatch(await hoverText(form, positionOf(form, 'is_valid', 0, 2)), /pywebNotes/);
    } finally {
      // An untitled document is dirty: discard it, or closing all editors asks to save it.
      await vscode.window.showTextDocument(form);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('F from torch.nn.functional, Q from elasticsearch_dsl and dict.values() get no PyWeb Notes hover', async () => {
    const document = await openSample('ml_utils/layers.py');
    for (const [name, occurrence] of [['F.relu', 0], ['Q("match"', 0], ['values()', 0]] as const) {
      const text = await hoverText(document, positionOf(document, name, occurrence, name === 'values()' ? 1 : 0));
      assert.doesNotMatch(text, /pywebNotes/, `${name} must not hover, got: ${text}`);
    }
  });

  test('a Python file is analysed as soon as its editor is active, before any hover', async () => {
    const api = await activatePyWebNotes();
    const document = await openSample('fastapi_app/main.py');
    await waitFor('the warm-up analysis of fastapi_app/main.py', () => api.hover.isAnalysed(document));
  });

  test('a Python file shown beside the focused editor is analysed too, before any hover', async () => {
    const api = await activatePyWebNotes();
    const focused = await openSample('django_app/views.py');
    const beside = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(samplesFolder().uri, 'flask_app', 'app.py'));
    await vscode.window.showTextDocument(beside, { viewColumn: vscode.ViewColumn.Two, preserveFocus: true });
    assert.equal(vscode.window.activeTextEditor?.document, focused, 'the focus stays on views.py');
    await waitFor('the warm-up analysis of the unfocused flask_app/app.py', () => api.hover.isAnalysed(beside));
  });

  test('the hover can be turned off with pywebNotes.hover.enabled', async () => {
    const config = vscode.workspace.getConfiguration('pywebNotes.hover');
    await config.update('enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const document = await openSample('django_app/api.py');
      const text = await hoverText(document, positionOf(document, 'select_related', 0, 3));
      assert.doesNotMatch(text, /pywebNotes/);
    } finally {
      await config.update('enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
