#!/usr/bin/env node
// Integration tests inside a real VS Code: code-server + headless Chromium.
//
//   node scripts/runIntegration.mjs [--no-build] [--timeout=SECONDS] [--keep]
//
// 1. packages PyWeb Notes (npm run package -> pyweb-notes.vsix) unless --no-build
// 2. makes code-server ready (scripts/codeServerPrepare.mjs)
// 3. installs the .vsix into a fresh private profile, and beside it the test-only
//    host extension (test/integration/host) with the bundled suite
// 4. starts code-server on samples/ and opens the workbench in Chromium: code-server
//    starts an extension host only for a connected browser client
// 5. the host extension runs mocha in that extension host and writes results.json;
//    this script waits for it, prints each test and "N passed, N failed"
// Exit code 0 only when every test passed. --keep leaves the profile and logs in
// .vscode-test/integration/ (they are always kept when something failed).
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { createProfile, installExtension, prepareCodeServer, projectRoot, startCodeServer, testCacheDir } from './codeServer.mjs';
import { PrerequisiteError } from './codeServerPrepare.mjs';
import { ensureVsix } from './extensionPackage.mjs';
import { bundleIntegrationHost, packageIntegrationHost } from './testBundles.mjs';
import { report, runAndExit } from './testReport.mjs';

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '240' },
    keep: { type: 'boolean', default: false },
  },
});

const runDir = path.join(testCacheDir, 'integration');
const resultsPath = path.join(runDir, 'results.json');
const samplesDir = path.join(projectRoot, 'samples');

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const step = (message) => console.log(`[integration ${elapsed()}] ${message}`);

/** Waits for the host extension's results file; fails fast if the server dies. */
async function waitForResults(server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(resultsPath)) return JSON.parse(fs.readFileSync(resultsPath, 'utf8'));
    if (server.hasExited()) throw new Error(`code-server exited before the tests finished\n${server.logTail()}`);
    await sleep(250);
  }
  const began = fs.existsSync(`${resultsPath}.started`);
  throw new Error(
    `no results after ${timeoutMs / 1000}s: ` +
      (began
        ? 'the suite started but did not finish (a test hangs?).'
        : 'the test host extension never started (extension host not launched, or the extension failed to load).') +
      `\nLogs: ${path.relative(projectRoot, runDir)}/ (code-server.log, browser-console.log, profile/user-data/logs/)`,
  );
}

async function main() {
  const vsix = ensureVsix({ build: !options['no-build'] });
  await prepareCodeServer();
  step('code-server ready');

  fs.rmSync(runDir, { recursive: true, force: true });
  const profile = createProfile(path.join(runDir, 'profile'));
  await installExtension(profile, vsix);
  step(`installed ${path.relative(projectRoot, vsix)}`);

  // The test-only host extension, with the suite bundled in and told where to write.
  const hostDir = path.join(runDir, 'host-extension');
  const { suiteFiles } = await bundleIntegrationHost(hostDir);
  fs.writeFileSync(path.join(hostDir, 'run-config.json'), JSON.stringify({ resultsPath }, null, 2));
  await installExtension(profile, await packageIntegrationHost(hostDir, path.join(runDir, 'integration-host.vsix')));
  step(`installed the test host extension with ${suiteFiles.length} suite file(s)`);

  let server;
  let browser;
  try {
    server = await startCodeServer({
      profile,
      folder: samplesDir,
      env: { PYWEB_TEST_RESULTS: resultsPath },
      logFile: path.join(runDir, 'code-server.log'),
    });
    step(`code-server listening on ${server.url}`);

    browser = await launchChromium();
    const consoleLog = fs.createWriteStream(path.join(runDir, 'browser-console.log'));
    browser.page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    browser.page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.stack ?? error}\n`));
    await browser.page.goto(server.folderUrl);
    await browser.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    step('workbench loaded; waiting for the suite');

    const results = await waitForResults(server, Number(options.timeout) * 1000);
    step(`suite finished in ${(results.durationMs / 1000).toFixed(1)}s`);
    await browser.page.screenshot({ path: path.join(runDir, 'workbench-at-end.png') }).catch(() => {});
    console.log('');
    const exitCode = report(results.tests);
    if (exitCode !== 0 || options.keep) console.log(`Logs and profile kept in ${path.relative(projectRoot, runDir)}/`);
    return exitCode;
  } finally {
    await browser?.close();
    await server?.stop();
    step('code-server and browser stopped');
  }
}

runAndExit(main, 'Integration run', PrerequisiteError);
