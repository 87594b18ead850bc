// The workspace the runners open: samples/, whose Python files the editor-feature
// tests (hovers) use as fixtures. Fails early and clearly if a runner opened
// something else.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, positionOf, samplesFolder } from './helpers/samples';

suite('Samples workspace', () => {
  test('samples/ is the open folder and holds the three framework apps', async () => {
    assert.equal(samplesFolder().name, 'samples');
    const python = await vscode.workspace.findFiles('**/*.py');
    const paths = python.map((uri) => vscode.workspace.asRelativePath(uri, false)).sort();
    for (const expected of ['django_app/models.py', 'fastapi_app/main.py', 'flask_app/app.py']) {
      assert.ok(paths.includes(expected), `${expected} missing; found ${paths.join(', ')}`);
    }
  });

  test('a sample opens as a Python document', async () => {
    const document = await openSample('django_app/views.py');
    assert.equal(document.languageId, 'python');
    const position = positionOf(document, 'select_related');
    assert.equal(document.getText(document.getWordRangeAtPosition(position)), 'select_related');
  });
});
