// PyWeb Notes as a person uses it, in a real VS Code (code-server) in Chromium.
// The steps run in order on one window; each leaves a screenshot in
// test-results/e2e/. To add a step (hover, search, quiz...), add a test below
// and use the helpers in ./workbench.ts (openCommandPalette, runCommand, openFile,
// hoverAt, noteFrame, treeItem, screenshot).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { Catalog } from '../../src/core/catalog/catalog';
import { NoteSearch } from '../../src/core/search/noteSearch';
import {
  activeTabTitle,
  activityBarItem,
  expandTreeItem,
  focusedQuickInputLabel,
  hoverAt,
  noteFrame,
  openCommandPalette,
  openFile,
  openWorkbench,
  parkMouse,
  quickInput,
  quickInputRowLabel,
  quickInputRows,
  quizFrame,
  readNote,
  runCommand,
  runCommandOpeningQuickPick,
  screenshot,
  statusBarItem,
  treeItem,
  waitForReload,
  type Workbench,
} from './workbench';

// Titles from content/django/*.md (front matter `title:`).
const SELECT_RELATED_TITLE = 'select_related vs prefetch_related';
const N_PLUS_ONE_TITLE = 'The N+1 query problem';
/** The title of the Search Notes picker (src/features/search/searchNotesCommand.ts). */
const SEARCH_TITLE = 'Search PyWeb Notes';

/** Closes every editor and waits until no tab is left. */
async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await page.locator('.part.editor .tabs-container .tab').first().waitFor({ state: 'detached' });
}

/** Rows of the Topics tree at a depth: 1 = areas, 2 = topics, 3 = notes. */
function topicsRows(page: Page, level: 1 | 2 | 3): Locator {
  return page.locator(`.part.sidebar [role="treeitem"][aria-level="${level}"]`);
}

async function rowLabel(row: Locator): Promise<string> {
  return ((await row.locator('.label-name').first().textContent()) ?? '').trim();
}

suite('PyWeb Notes in a real VS Code (code-server + Chromium)', () => {
  let workbench: Workbench;
  let page: Page;

  suiteSetup(async () => {
    workbench = await openWorkbench();
    page = workbench.page;
    await screenshot(page, 'workbench-loaded');
  });

  suiteTeardown(async () => {
    // Disconnects only: the runner owns (and stops) the browser and code-server.
    await workbench?.browser.close();
  });

  teardown(async function () {
    const current = this.currentTest;
    if (current?.state === 'failed' && page) await screenshot(page, `FAILED-${current.title}`).catch(() => undefined);
  });

  test('the PyWeb Notes activity-bar icon opens the Topics view with its areas', async () => {
    await activityBarItem(page, 'PyWeb Notes').click();
    await treeItem(page, 'Django').waitFor({ state: 'visible' });
    console.log(`    Topics view showed its areas ${Date.now() - workbench.loadedAt} ms after the workbench loaded`);
    assert.ok((await topicsRows(page, 1).count()) >= 2, 'expected several areas in the Topics view');
    await screenshot(page, 'topics-view');
  });

  test('expanding an area and one of its topics lists notes', async () => {
    await expandTreeItem(treeItem(page, 'Django'));
    const topic = topicsRows(page, 2).first();
    await expandTreeItem(topic);
    await topicsRows(page, 3).first().waitFor({ state: 'visible' });
    assert.ok(await rowLabel(topicsRows(page, 3).first()), 'the first note row has no title');
    await screenshot(page, 'tree-expanded');
  });

  test('clicking a note renders it in the Note panel', async () => {
    const note = topicsRows(page, 3).first();
    const title = await rowLabel(note);
    await note.click();
    const frame = await noteFrame(page, { title });
    console.log(`    first note rendered ${Date.now() - workbench.loadedAt} ms after the workbench loaded`);
    const shown = await readNote(frame);
    assert.equal(shown.title, title);
    assert.ok(shown.text.length > title.length + 40, `the note body looks empty: ${JSON.stringify(shown.text.slice(0, 200))}`);
    assert.equal(await activeTabTitle(page), title, 'the panel tab should carry the note title');
    await screenshot(page, 'note-open');
  });

  test('"PyWeb Notes: Open Random Note" from the command palette shows a note', async () => {
    // Start from no open editor, so the note seen afterwards comes from the command.
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.part.editor .tabs-container .tab').first().waitFor({ state: 'detached' });
    await runCommand(page, 'PyWeb Notes: Open Random Note');
    const frame = await noteFrame(page);
    const shown = await readNote(frame);
    assert.ok(shown.title, 'the random note has no title');
    assert.equal(await activeTabTitle(page), shown.title);
    await screenshot(page, 'random-note');
  });

  test('hovering select_related in a Django file shows its note, and "Open note" opens it', async () => {
    // No Note panel left from the steps before, so the note seen afterwards comes from the hover.
    await closeAllEditors(page);
    await openFile(page, 'django_app/api.py');
    const hoverStarted = Date.now();
    const hover = await hoverAt(page, 'select_related');
    const link = hover.locator('a', { hasText: /^Open note$/ });
    await link.waitFor({ state: 'visible' });
    const text = await hover.innerText();
    assert.ok(text.includes(SELECT_RELATED_TITLE), `the hover does not name the note: ${JSON.stringify(text.slice(0, 300))}`);
    console.log(`    hover with its links showed ${Date.now() - hoverStarted} ms after the file opened`);
    await screenshot(page, 'hover');
    const clicked = Date.now();
    await link.click();
    const frame = await noteFrame(page, { title: SELECT_RELATED_TITLE });
    console.log(`    "Open note" rendered the note ${Date.now() - clicked} ms after the click`);
    const shown = await readNote(frame);
    assert.equal(shown.title, SELECT_RELATED_TITLE);
    assert.equal(await activeTabTitle(page), SELECT_RELATED_TITLE);
    await screenshot(page, 'hover-open-note');
  });

  test('"PyWeb Notes: Search Notes" finds the N+1 note for "n plus one" and Enter opens it', async () => {
    const widget = await runCommandOpeningQuickPick(page, 'PyWeb Notes: Search Notes', SEARCH_TITLE);
    await parkMouse(page); // off the list: it sat on the palette row just clicked
    await widget.locator('input.input').pressSequentially('n plus one');
    const first = quickInputRows(page).first();
    await waitForText(() => quickInputRowLabel(first), N_PLUS_ONE_TITLE, 'first search result');
    // The results arrive from the extension host after each key: let the list settle
    // with the keyboard on the first row, which Enter accepts.
    await waitForText(() => focusedQuickInputLabel(page), N_PLUS_ONE_TITLE, 'row Enter would accept');
    await screenshot(page, 'search');
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
    const frame = await noteFrame(page, { title: N_PLUS_ONE_TITLE });
    assert.equal((await readNote(frame)).title, N_PLUS_ONE_TITLE);
    assert.equal(await activeTabTitle(page), N_PLUS_ONE_TITLE);
    await screenshot(page, 'search-open-note');
  });

  test('Search Notes keeps the extension\'s ranking, not VS Code\'s label order', async () => {
    // For "cache" several titles contain the word; the note that owns the `cache` term
    // ranks first in NoteSearch, and the QuickPick must show that order unchanged.
    const catalog = Catalog.fromJson(readFileSync(join(__dirname, '..', '..', 'dist', 'catalog.json'), 'utf8'));
    const expected = new NoteSearch(catalog).search('cache').slice(0, 3).map((hit) => hit.note.title);
    const widget = await runCommandOpeningQuickPick(page, 'PyWeb Notes: Search Notes', SEARCH_TITLE);
    await parkMouse(page);
    await widget.locator('input.input').pressSequentially('cache');
    // Results arrive once per keystroke: wait for the list of the whole word to settle.
    const topThree = async () => (await Promise.all([0, 1, 2].map((index) => quickInputRowLabel(quickInputRows(page).nth(index))))).join(' | ');
    await waitForText(topThree, expected.join(' | '), 'top three search results');
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  });

  test('a whole quiz with the keyboard only; after a reload the due count and both panels are back', async () => {
    await parkMouse(page); // keys only from here on; the mouse stays out of the way
    // Command palette and scope picker with keys: the palette row, then "Everything".
    await openCommandPalette(page, 'PyWeb Notes: Start Quiz');
    await waitForText(() => focusedQuickInputLabel(page), 'PyWeb Notes: Start Quiz', 'focused palette row');
    await page.keyboard.press('Enter');
    const widget = quickInput(page);
    await waitForText(async () => ((await widget.locator('.quick-input-title').innerText()) ?? '').trim(), 'Start Quiz', 'quick input title');
    for (let moves = 0; !(await focusedQuickInputLabel(page)).endsWith('Everything'); moves++) {
      assert.ok(moves < 5, 'no "Everything" row in the Start Quiz picker');
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });

    const frame = await quizFrame(page);
    if ((await frame.locator('main#question').count()) === 0) {
      assert.fail(`the quiz asked nothing: ${JSON.stringify(await frame.locator('main').first().innerText())}`);
    }
    const counter = frame.locator('.quiz-header .counter');
    const total = Number(/of (\d+)/.exec(await counter.innerText())?.[1]);
    assert.ok(total >= 1, `the quiz shows no question count: ${await counter.innerText()}`);
    const kinds: string[] = [];
    for (let index = 0; index < total; index++) {
      await waitForText(async () => (await counter.innerText()).trim(), `Question ${index + 1} of ${total}`, 'question counter');
      const question = frame.locator('main#question');
      if ((await question.locator('button.choice').count()) > 0) {
        kinds.push('choice');
        await page.keyboard.press('1');
        // The answer is graded by the extension; wait for its verdict before moving on.
        await question.locator('section.feedback').waitFor({ state: 'visible' });
        if (!kinds.slice(0, -1).includes('choice')) await screenshot(page, 'quiz-question');
        await page.keyboard.press('Enter');
      } else {
        kinds.push('recall');
        await page.keyboard.press('Space');
        await question.locator('.grades').waitFor({ state: 'visible' });
        await page.keyboard.press('3');
      }
    }
    const summary = frame.locator('main#summary h1');
    await summary.waitFor({ state: 'visible' });
    const heading = (await summary.innerText()).trim();
    assert.match(heading, new RegExp(`^\\d+ of ${total} right$`));
    console.log(`    answered ${total} questions (${kinds.join(', ')}): "${heading}"`);
    await screenshot(page, 'quiz-summary');

    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await waitForReload(page);
    await parkMouse(page);
    const due = statusBarItem(page, 'pywebNotes.due');
    await due.waitFor({ state: 'visible', timeout: 30_000 });
    await waitForMatch(async () => (await due.innerText()).trim(), /\d+ due/, 'status-bar due count');
    console.log(`    after the reload the status bar shows "${(await due.innerText()).trim()}"`);
    // The serializers bring back both panels: the quiz (the active tab, its scope started
    // afresh) and, once its tab is shown, the note that was open.
    const restoredQuiz = await quizFrame(page);
    await restoredQuiz.locator('main#question').waitFor({ state: 'visible' });
    await page.locator('.part.editor .tabs-container .tab', { hasText: N_PLUS_ONE_TITLE }).click();
    await noteFrame(page, { title: N_PLUS_ONE_TITLE });
    await screenshot(page, 'reloaded-due-count');
  });
});

/** Polls `read` until it returns exactly `expected`. */
async function waitForText(read: () => Promise<string>, expected: string, what: string, timeoutMs = 10_000): Promise<void> {
  await waitForMatch(read, new RegExp(`^${escapeRegExp(expected)}$`), what, timeoutMs);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Polls `read` until its result matches `pattern`; fails with the last value seen. */
async function waitForMatch(read: () => Promise<string>, pattern: RegExp, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      last = await read();
      if (pattern.test(last)) return;
    } catch {
      // not rendered yet, or re-rendered while read
    }
    if (Date.now() > deadline) throw new Error(`${what}: expected ${pattern}, last saw ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
