#!/usr/bin/env node
// End-to-end tests: Chromium (Debian's, via playwright-core) driving a real VS Code
// (code-server) with the packaged PyWeb Notes installed and samples/ open.
//
//   node scripts/runE2e.mjs [--no-build] [--keep]
//
// This script owns the processes: it starts code-server and a Chromium browser
// server, hands their addresses to the tests (test/e2e/workbench.ts reads them),
// runs test/e2e/*.e2e.ts with mocha, and stops both in `finally`. Screenshots of
// every step go to test-results/e2e/. Prints "N passed, N failed"; exit code 0 only
// when all passed.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Mocha from 'mocha';
import { launchChromiumServer } from './chromium.mjs';
import { createProfile, installExtension, prepareCodeServer, projectRoot, startCodeServer, testCacheDir } from './codeServer.mjs';
import { PrerequisiteError } from './codeServerPrepare.mjs';
import { ensureVsix } from './extensionPackage.mjs';
import { bundleE2e } from './testBundles.mjs';
import { report, runAndExit } from './testReport.mjs';

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const runDir = path.join(testCacheDir, 'e2e');
const screenshotsDir = path.join(projectRoot, 'test-results', 'e2e');
const samplesDir = path.join(projectRoot, 'samples');

const started = Date.now();
const step = (message) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

/** Runs the bundled suite with mocha in this process; resolves to the outcomes. */
async function runMocha(bundleFile) {
  process.setSourceMapsEnabled(true); // stack traces point at the .ts lines
  const outcomes = [];
  const mocha = new Mocha({ ui: 'tdd', timeout: 90_000, color: false });
  mocha.reporter(class SilentReporter {}); // outcomes are printed by testReport.mjs
  mocha.suite.emit('pre-require', globalThis, bundleFile, mocha);
  createRequire(import.meta.url)(bundleFile);
  mocha.suite.emit('post-require', globalThis, bundleFile, mocha);
  await new Promise((resolve) => {
    const runner = mocha.run(resolve);
    const describe = (error) => (error?.stack ?? String(error)).split('\n').filter((line) => !line.includes('node_modules/')).join('\n');
    runner.on('test', (test) => console.log(`  … ${test.fullTitle()}`));
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('fail', (test, error) => outcomes.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: describe(error) }));
    runner.on('pending', (test) => outcomes.push({ title: test.fullTitle(), state: 'pending' }));
  });
  return outcomes;
}

async function main() {
  const vsix = ensureVsix({ build: !options['no-build'] });
  await prepareCodeServer();

  fs.rmSync(runDir, { recursive: true, force: true });
  fs.rmSync(screenshotsDir, { recursive: true, force: true });
  const profile = createProfile(path.join(runDir, 'profile'));
  await installExtension(profile, vsix);
  const { file: bundleFile, testFiles } = await bundleE2e(path.join(runDir, 'e2e-tests.cjs'));
  step(`installed ${path.relative(projectRoot, vsix)}; bundled ${testFiles.length} e2e file(s)`);

  let server;
  let browserServer;
  try {
    server = await startCodeServer({ profile, folder: samplesDir, logFile: path.join(runDir, 'code-server.log') });
    browserServer = await launchChromiumServer();
    step(`code-server on ${server.url}; Chromium started`);
    process.env.PYWEB_E2E_WORKBENCH_URL = server.folderUrl;
    process.env.PYWEB_E2E_BROWSER_WS = browserServer.wsEndpoint;
    process.env.PYWEB_E2E_SCREENSHOTS = screenshotsDir;

    const outcomes = await runMocha(bundleFile);
    step('tests finished');
    console.log('');
    const exitCode = report(outcomes);
    console.log(`Screenshots: ${path.relative(projectRoot, screenshotsDir)}/`);
    if (exitCode !== 0 || options.keep) console.log(`Logs and profile kept in ${path.relative(projectRoot, runDir)}/`);
    return exitCode;
  } finally {
    await browserServer?.close();
    await server?.stop();
    step('code-server and browser stopped');
  }
}

runAndExit(main, 'E2E run', PrerequisiteError);
