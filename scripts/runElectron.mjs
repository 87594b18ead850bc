#!/usr/bin/env node
// The same integration suite (test/integration/suite) in desktop VS Code, through
// @vscode/test-electron: the extension is loaded from this folder
// (extensionDevelopmentPath) and the bundled suite runs as extensionTestsPath.
//
//   node scripts/runElectron.mjs [--no-build]
//
// Which VS Code: $VSCODE_EXECUTABLE_PATH if set; else a desktop `code` on PATH
// (Linux layout); else test-electron downloads one, which fails fast where the
// network is closed (as on the project's machines: use npm run test:integration).
// Linux without $DISPLAY: an Xvfb from PATH is started for the run.
import { runTests, downloadAndUnzipVSCode } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { PrerequisiteError, aptInstallHint, projectRoot, testCacheDir } from './codeServerPrepare.mjs';
import { runNpmScript } from './extensionPackage.mjs';
import { spawnGroup } from './processGroup.mjs';
import { bundleIntegrationHost } from './testBundles.mjs';
import { report, runAndExit } from './testReport.mjs';

const { values: options } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

const runDir = path.join(testCacheDir, 'electron');
const resultsPath = path.join(runDir, 'results.json');
const DOWNLOAD_LIMIT_MS = 10 * 60 * 1000;

function onPath(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Desktop VS Code's Electron binary behind the `code` CLI (Linux: <install>/bin/code -> <install>/code). */
function vscodeBehindCodeCli() {
  const cli = onPath('code');
  if (!cli) return undefined;
  const installDir = path.dirname(path.dirname(fs.realpathSync(cli)));
  const electron = path.join(installDir, 'code');
  return fs.existsSync(electron) && fs.statSync(electron).isFile() ? electron : undefined;
}

async function resolveVSCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) {
    if (!fs.existsSync(process.env.VSCODE_EXECUTABLE_PATH)) {
      throw new PrerequisiteError(`VSCODE_EXECUTABLE_PATH=${process.env.VSCODE_EXECUTABLE_PATH} does not exist`);
    }
    return process.env.VSCODE_EXECUTABLE_PATH;
  }
  const local = vscodeBehindCodeCli();
  if (local) return local;
  console.log('No desktop VS Code found; asking @vscode/test-electron to download one...');
  const download = downloadAndUnzipVSCode({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    cachePath: path.join(testCacheDir, 'vscode-downloads'),
    timeout: 30_000, // idle timeout: a stalled download fails instead of hanging
  });
  const limit = sleep(DOWNLOAD_LIMIT_MS).then(() => {
    throw new Error(`no VS Code after ${DOWNLOAD_LIMIT_MS / 60000} minutes`);
  });
  try {
    return await Promise.race([download, limit]);
  } catch (error) {
    throw new PrerequisiteError(
      `@vscode/test-electron could not download VS Code (${error.message}).\n` +
        'Where VS Code downloads are unreachable (as on the project\'s machines), run the same suite in code-server: npm run test:integration.\n' +
        'Otherwise install desktop VS Code (so `code` is on PATH) or set VSCODE_EXECUTABLE_PATH to its executable.',
    );
  }
}

/** Electron needs an X display on Linux; start Xvfb when there is none. Returns a stop function. */
async function ensureDisplay() {
  if (process.platform !== 'linux' || process.env.DISPLAY) return async () => {};
  if (!onPath('Xvfb')) {
    throw new PrerequisiteError(`no X display ($DISPLAY is unset) and no Xvfb to start one. Install it with:\n  ${aptInstallHint(['xvfb'])}`);
  }
  const display = `:${90 + (process.pid % 100)}`;
  const { child, stop } = spawnGroup('Xvfb', [display, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' }, 'Xvfb');
  await sleep(500);
  if (child.exitCode !== null) throw new Error(`Xvfb ${display} exited at once (display in use?)`);
  process.env.DISPLAY = display;
  return stop;
}

async function main() {
  if (!options['no-build']) runNpmScript('build');
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'extension.js'))) {
    throw new PrerequisiteError('dist/extension.js is missing: run npm run build (or drop --no-build)');
  }
  fs.rmSync(runDir, { recursive: true, force: true });
  const { dir: hostDir } = await bundleIntegrationHost(path.join(runDir, 'host'));
  const vscodeExecutablePath = await resolveVSCode();
  const stopDisplay = await ensureDisplay();
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: path.join(hostDir, 'dist', 'electronIndex.js'),
      extensionTestsEnv: { PYWEB_TEST_RESULTS: resultsPath },
      launchArgs: [
        path.join(projectRoot, 'samples'),
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(runDir, 'user-data')}`,
        `--extensions-dir=${path.join(runDir, 'extensions')}`,
      ],
    }).catch((error) => {
      // A failing suite rejects too; the results file (if any) tells the details.
      if (!fs.existsSync(resultsPath)) throw error;
    });
  } finally {
    await stopDisplay();
  }
  if (!fs.existsSync(resultsPath)) throw new Error('VS Code exited without writing test results');
  return report(JSON.parse(fs.readFileSync(resultsPath, 'utf8')).tests);
}

runAndExit(main, 'Desktop VS Code run', PrerequisiteError);
