// A quiz through the real command and the panel's message protocol; progress must be in
// globalState afterwards, under the versioned schema.
import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import * as vscode from 'vscode';
import { activatePyWebNotes, closeAllEditors, waitFor, type PyWebNotesApi } from './helpers/pywebNotes';
import { allNotes } from './helpers/topicsTree';

suite('Quiz', () => {
  let api: PyWebNotesApi;
  suiteSetup(async () => {
    api = await activatePyWebNotes();
  });
  teardown(closeAllEditors);

  test('the quiz commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['pywebNotes.startQuiz', 'pywebNotes.cramQuiz', 'pywebNotes.quizNote', 'pywebNotes.quizThisFile', 'pywebNotes.exportProgress', 'pywebNotes.importProgress', 'pywebNotes.resetProgress']) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });

  test('a note quiz answered through the panel stores progress for every card', async () => {
    const [note] = await allNotes(api);
    assert.ok(note);
    await vscode.commands.executeCommand('pywebNotes.quizNote', note.id);
    const answered: string[] = [];
    for (let step = 0; step < 20; step++) {
      const message = await waitFor('a quiz message', () => api.quiz.panel.lastMessage);
      if (message.type === 'summary') break;
      if (message.type === 'question' && message.question.kind === 'choice') {
        answered.push(message.question.cardId);
        await api.quiz.panel.receive({ type: 'answerChoice', cardId: message.question.cardId, choice: 0, elapsedMs: 3000 });
        assert.equal(api.quiz.panel.lastMessage?.type, 'choiceResult');
        await api.quiz.panel.receive({ type: 'next' });
      } else if (message.type === 'question' && message.question.kind === 'recall') {
        answered.push(message.question.cardId);
        await api.quiz.panel.receive({ type: 'revealRecall', cardId: message.question.cardId });
        assert.equal(api.quiz.panel.lastMessage?.type, 'recallAnswer');
        await api.quiz.panel.receive({ type: 'gradeRecall', cardId: message.question.cardId, grade: 3 });
      } else {
        assert.fail(`unexpected quiz message ${message.type}`);
      }
    }
    const summary = api.quiz.panel.lastMessage;
    assert.equal(summary?.type, 'summary');
    assert.equal(summary.type === 'summary' && summary.total, answered.length);
    const progress = api.quiz.progress.get();
    for (const cardId of answered) {
      const card = progress.cards[cardId];
      assert.ok(card, `no progress stored for ${cardId}`);
      assert.equal(card.reps, 1);
      assert.ok(Date.parse(card.due) > Date.now() - 1000, 'a reviewed card is scheduled');
    }
  });

  test('a forged message for a card that is not being asked changes nothing', async () => {
    const [, note] = await allNotes(api);
    assert.ok(note);
    await vscode.commands.executeCommand('pywebNotes.quizNote', note.id);
    const before = JSON.stringify(api.quiz.progress.get().cards);
    await api.quiz.panel.receive({ type: 'gradeRecall', cardId: 'not-this-note/123', grade: 4 });
    await api.quiz.panel.receive({ type: 'answerChoice', cardId: 'x/1', choice: 99, elapsedMs: -5 });
    assert.equal(JSON.stringify(api.quiz.progress.get().cards), before);
  });

  test('importing a file that is not progress fails clearly and keeps the record', async () => {
    const before = JSON.stringify(api.quiz.progress.get());
    const bad = vscode.Uri.joinPath(vscode.Uri.file(tmpdir()), `pyweb-bad-import-${Date.now()}.json`);
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('{"version": 2, "cards": {"a/1": {"due": "soon"}}}'));
    const imported = await vscode.commands.executeCommand<boolean>('pywebNotes.importProgress', bad);
    assert.equal(imported, false);
    assert.equal(JSON.stringify(api.quiz.progress.get()), before);
  });
});
