// PyWeb Notes as a person uses it, in a real VS Code (code-server) in Chromium.
// The steps run in order on one window; each leaves a screenshot in
// test-results/e2e/. To add a step (hover, search, quiz...), add a test below
// and use the helpers in ./workbench.ts (openCommandPalette, runCommand, openFile,
// hoverAt, noteFrame, treeItem, screenshot).
import * as assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import {
  activeTabTitle,
  activityBarItem,
  expandTreeItem,
  noteFrame,
  openWorkbench,
  readNote,
  runCommand,
  screenshot,
  treeItem,
  type Workbench,
} from './workbench';

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
});
