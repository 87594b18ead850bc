// Driving the VS Code workbench (code-server in Chromium) the way a person does:
// clicks, keys and what is on screen. scripts/runE2e.mjs starts code-server and a
// Chromium browser server and passes them in through the environment:
//   PYWEB_E2E_WORKBENCH_URL   the workbench with samples/ open
//   PYWEB_E2E_BROWSER_WS      Playwright browser-server endpoint to connect to
//   PYWEB_E2E_SCREENSHOTS     folder for the step screenshots (test-results/e2e)
// The runner owns both processes and stops them in its `finally`; tests only
// connect and disconnect.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';

export interface Workbench {
  browser: Browser;
  page: Page;
  /** Date.now() when the workbench finished loading. */
  loadedAt: number;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests with node scripts/runE2e.mjs`);
  return value;
}

/** Connects to the runner's browser, opens the workbench and waits until it is usable. */
export async function openWorkbench(): Promise<Workbench> {
  const browser = await chromium.connect(requiredEnv('PYWEB_E2E_BROWSER_WS'));
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(requiredEnv('PYWEB_E2E_WORKBENCH_URL'));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The activity bar and the explorer are drawn once the window is restored.
  await page.locator('.part.activitybar').waitFor({ timeout: 30_000 });
  return { browser, page, loadedAt: Date.now() };
}

let screenshotCounter = 0;

/** Saves a numbered full-window screenshot to test-results/e2e/NN-name.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.PYWEB_E2E_SCREENSHOTS ?? path.join(process.cwd(), 'test-results', 'e2e');
  fs.mkdirSync(dir, { recursive: true });
  screenshotCounter += 1;
  const file = path.join(dir, `${String(screenshotCounter).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-')}.png`);
  await settleAnimations(page);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Waits (at most 2 s) for the window's finite CSS animations and transitions to end, so
 * a screenshot does not catch a hover or a quick pick half faded in.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page
    .evaluate(() => {
      const finite = document.getAnimations().filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
      return Promise.race([Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 2000))]);
    })
    .catch(() => undefined); // the page navigated meanwhile: nothing left to wait for
}

/** Moves the mouse to an empty spot (the side bar's lower part), so no tooltip or hover shows. */
export async function parkMouse(page: Page): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  await page.mouse.move(150, viewport.height - 120);
}

/** The activity-bar entry (a tab) whose accessible name starts with `label`. */
export function activityBarItem(page: Page, label: string): Locator {
  return page.locator('.part.activitybar').getByRole('tab', { name: new RegExp(`^${escapeRegExp(label)}`) });
}

/** A row of any tree in the side bar whose accessible name starts with `label`. */
export function treeItem(page: Page, label: string): Locator {
  return page.locator('.part.sidebar').getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(label)}`) }).first();
}

/** Expands a collapsed tree row (clicking an expanded one would collapse it). */
export async function expandTreeItem(item: Locator): Promise<void> {
  await item.waitFor();
  if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
  await waitForAttribute(item, 'aria-expanded', 'true');
}

/**
 * Opens the command palette with `text` typed after the `>` (F1 is the shortcut
 * that works in a browser: Ctrl+Shift+P may be taken by the browser itself).
 * Returns the quick-input widget.
 */
export async function openCommandPalette(page: Page, text = ''): Promise<Locator> {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  await widget.waitFor({ state: 'visible' });
  const input = widget.locator('input.input');
  await input.fill(`>${text}`);
  return widget;
}

/** Runs a command by its palette title (e.g. "PyWeb Notes: Open Random Note"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  const widget = await openCommandPalette(page, title);
  const row = widget.getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  await widget.waitFor({ state: 'hidden' });
}

/**
 * Runs a command that opens a QuickPick of its own (Search Notes, Start Quiz). The palette
 * and the new picker share one widget, which may never be seen hidden in between, so this
 * waits for the picker's title and an input that is no longer a `>` command query.
 */
export async function runCommandOpeningQuickPick(page: Page, command: string, pickerTitle: string, timeoutMs = 15_000): Promise<Locator> {
  const widget = await openCommandPalette(page, command);
  const row = widget.getByRole('option', { name: new RegExp(`^${escapeRegExp(command)}`) }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const title = ((await widget.locator('.quick-input-title').innerText().catch(() => '')) ?? '').trim();
    const value = await widget.locator('input.input').inputValue().catch(() => '>');
    if (title === pickerTitle && !value.startsWith('>')) return widget;
    if (Date.now() > deadline) throw new Error(`"${command}" did not open the picker "${pickerTitle}" (title "${title}", input "${value}")`);
    await page.waitForTimeout(100);
  }
}

/** Opens a workspace file through Quick Open (Ctrl+P), e.g. "django_app/views.py". */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press('Control+P');
  await widget.waitFor({ state: 'visible' });
  await widget.locator('input.input').fill(relativePath);
  const row = widget.getByRole('option').first();
  await row.waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/**
 * Hovers the mouse over the first rendered occurrence of `text` in the active
 * editor and returns the hover widget once it shows. The text must be on screen
 * (scroll or pick an occurrence near the top); `offset` moves the mouse that many
 * characters into it.
 */
export async function hoverAt(page: Page, text: string, offset = 1): Promise<Locator> {
  const line = page.locator('.editor-instance .monaco-editor .view-lines .view-line', { hasText: text }).first();
  await line.waitFor({ state: 'visible' });
  // Measure where the text is inside the rendered line (monaco splits it into token
  // spans). One evaluate finds and measures the same element; it is retried because a
  // newly opened editor may still be laying out, or re-render the line when tokens arrive.
  const measure = () =>
    line.evaluate(
      (element, [needle, charOffset]) => {
        const content = element.textContent ?? '';
        const index = content.indexOf(needle as string);
        if (index < 0) return undefined;
        const range = document.createRange();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          const target = index + (charOffset as number);
          if (seen + length > target) {
            range.setStart(node, target - seen);
            range.setEnd(node, target - seen + 1);
            const rect = range.getBoundingClientRect();
            return rect.width > 0 && rect.height > 0 ? { x: rect.left + 1, y: rect.top + rect.height / 2 } : undefined;
          }
          seen += length;
        }
        return undefined;
      },
      [text, offset] as const,
      { timeout: 5_000 },
    );
  let point = await measure().catch(() => undefined);
  for (const deadline = Date.now() + 10_000; !point && Date.now() < deadline; point = await measure().catch(() => undefined)) {
    await page.waitForTimeout(100);
  }
  if (!point) throw new Error(`could not place the mouse on "${text}" (not on screen?)`);
  await page.mouse.move(point.x, point.y);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  return hover;
}

/**
 * The frame that renders the Note panel. Webviews are nested iframes (a host frame
 * and the content frame inside it); this finds the frame whose document has the
 * note's `<main id="note">` with an `<h1>`, waiting until one has rendered.
 * Pass `title` to wait for that particular note.
 */
export async function noteFrame(page: Page, { title, timeoutMs = 30_000 }: { title?: string; timeoutMs?: number } = {}): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      try {
        const heading = frame.locator('main#note h1').first();
        if ((await heading.count()) === 0) continue; // not a note frame (count() does not wait)
        const text = (await heading.textContent({ timeout: 1000 }))?.trim();
        if (text && (title === undefined || text === title)) return frame;
      } catch {
        // detached while we looked (the panel was re-rendered or closed)
      }
    }
    if (Date.now() > deadline) throw new Error(`no rendered note${title ? ` titled "${title}"` : ''} after ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** Title and text of the note a frame shows. */
export async function readNote(frame: Frame): Promise<{ title: string; text: string }> {
  const title = ((await frame.locator('main#note h1').first().textContent()) ?? '').trim();
  const text = ((await frame.locator('main#note').first().innerText()) ?? '').trim();
  return { title, text };
}

/** The quick-input widget (command palette, Quick Open, an extension's QuickPick). */
export function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget');
}

/** The visible rows of the open quick input, top first. */
export function quickInputRows(page: Page): Locator {
  return quickInput(page).locator('.quick-input-list .monaco-list-row');
}

/** Label of a quick-input row, without its icon, description or detail. */
export async function quickInputRowLabel(row: Locator): Promise<string> {
  return ((await row.locator('.monaco-icon-label .label-name').first().innerText()) ?? '').trim();
}

/** Label of the row the keyboard is on (what Enter would accept). */
export async function focusedQuickInputLabel(page: Page): Promise<string> {
  const row = quickInput(page).locator('.quick-input-list .monaco-list-row.focused').first();
  await row.waitFor({ state: 'visible' });
  return quickInputRowLabel(row);
}

/**
 * The frame that renders the Quiz panel (viewType pywebNotes.quiz): the content frame
 * whose document shows a question (`main#question`) or the end screen (`main#summary`),
 * waiting until one has rendered.
 */
export async function quizFrame(page: Page, { timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      try {
        if ((await frame.locator('main#question, main#summary').count()) > 0) return frame;
      } catch {
        // detached while we looked
      }
    }
    if (Date.now() > deadline) throw new Error(`no rendered Quiz panel after ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** A status-bar entry by its id (`<publisher>.<extension>.<item id>`) or its id's end. */
export function statusBarItem(page: Page, itemId: string): Locator {
  return page.locator(`.part.statusbar .statusbar-item[id$="${itemId}"]`).first();
}

/** Waits for the window to load again after "Developer: Reload Window". */
export async function waitForReload(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.part.activitybar').waitFor({ timeout: 30_000 });
}

/** Label of the active editor tab (for a webview panel: its title). */
export async function activeTabTitle(page: Page): Promise<string> {
  const tab = page.locator('.part.editor .tabs-container .tab.active').first();
  await tab.waitFor();
  return ((await tab.locator('.label-name').first().textContent()) ?? '').trim();
}

async function waitForAttribute(locator: Locator, name: string, value: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.getAttribute(name)) !== value) {
    if (Date.now() > deadline) throw new Error(`${name} did not become "${value}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
