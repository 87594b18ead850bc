// Debian's Chromium driven by playwright-core (Playwright's own browser download
// cannot work on these machines; playwright-core never downloads anything).
// Each launch gets a new, empty profile: Playwright creates a temporary
// user-data-dir per launch and deletes it on close.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { PrerequisiteError, aptInstallHint } from './codeServerPrepare.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags for a closed network and a root user: no sandbox (root), no GPU (none here),
 * and none of Chromium's own background traffic (sync, component updates, QUIC
 * probes), which this machine refuses many times a second.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function launchOptions() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new PrerequisiteError(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with:\n  ${aptInstallHint(['chromium'])}\n(or set CHROMIUM_PATH to a Chromium or Chrome binary)`,
    );
  }
  // HEADED=1 shows the window (needs a display), handy when writing a test.
  return { executablePath: CHROMIUM_PATH, headless: !process.env.HEADED, args: CHROMIUM_ARGS, timeout: 60_000 };
}

/** close() that never hangs and never throws: it runs in `finally` blocks. */
function boundedClose(close) {
  let closing;
  return () => {
    closing ??= Promise.race([close().catch(() => {}), sleep(10_000)]);
    return closing;
  };
}

/** Launches Chromium in this process; returns { browser, page, close }. */
export async function launchChromium({ viewport = { width: 1400, height: 900 } } = {}) {
  const browser = await chromium.launch(launchOptions());
  const page = await browser.newPage({ viewport });
  return { browser, page, close: boundedClose(() => browser.close()) };
}

/**
 * Launches Chromium as a Playwright browser server; tests connect with
 * `chromium.connect(wsEndpoint)`. The launcher keeps ownership: close() ends it.
 */
export async function launchChromiumServer() {
  const server = await chromium.launchServer(launchOptions());
  return { wsEndpoint: server.wsEndpoint(), close: boundedClose(() => server.close()) };
}
