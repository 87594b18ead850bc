#!/usr/bin/env node
// Try PyWeb Notes in a real VS Code.
//
//   npm run demo                  code-server in your browser: builds the .vsix, installs
//                                 it into a private demo profile, opens samples/ and
//                                 prints the URL. Ctrl+C stops it.
//   npm run demo -- --port 8080   a fixed port instead of a free one
//   npm run demo -- --no-build    reuse pyweb-notes.vsix as it is
//   npm run demo -- --desktop     desktop VS Code (`code` on PATH) with the extension
//                                 loaded from this folder (--extensionDevelopmentPath)
//
// The demo profile (.vscode-test/demo/) is kept between runs, so quiz progress and
// settings survive a restart; delete the folder to start over.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createProfile, installExtension, prepareCodeServer, projectRoot, startCodeServer, testCacheDir } from './codeServer.mjs';
import { PrerequisiteError, aptInstallHint, missingDebianPackages, reportFailure } from './codeServerPrepare.mjs';
import { ensureVsix, runNpmScript } from './extensionPackage.mjs';

const { values: options } = parseArgs({
  options: {
    desktop: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});

const samplesDir = path.join(projectRoot, 'samples');

function codeOnPath() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

/** What the browser demo still needs here, in words, or '' when it can run. */
function browserDemoBlocker() {
  if (process.platform !== 'linux') return 'the browser demo (code-server) is set up for Debian/Ubuntu Linux only';
  const missing = missingDebianPackages();
  const isRoot = process.getuid?.() === 0;
  if (missing.length > 0 && !isRoot) return `the browser demo needs these packages first:\n  ${aptInstallHint(missing)}`;
  return '';
}

/** Desktop VS Code, extension loaded from source: the same as F5 in this repo. */
async function runDesktop() {
  if (!codeOnPath()) {
    const blocker = browserDemoBlocker();
    throw new PrerequisiteError(
      'desktop VS Code is not on PATH (no `code` command). Install VS Code and put its `code` command on PATH\n' +
        '  (the .deb/.rpm packages do it on Linux; on macOS: Command Palette > "Shell Command: Install \'code\' command in PATH").\n' +
        (blocker ? `Alternatively, ${blocker}\nthen run: npm run demo` : 'Or run the browser demo instead, which works here: npm run demo'),
    );
  }
  if (!options['no-build']) runNpmScript('build');
  const args = [`--extensionDevelopmentPath=${projectRoot}`, samplesDir];
  console.log(`> code ${args.join(' ')}`);
  const child = spawn('code', args, { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 0));
  });
}

async function runBrowserDemo() {
  const vsix = ensureVsix({ build: !options['no-build'] });
  await prepareCodeServer();
  const profile = createProfile(path.join(testCacheDir, 'demo'));
  await installExtension(profile, vsix);
  const server = await startCodeServer({
    profile,
    folder: samplesDir,
    port: options.port ? Number(options.port) : undefined,
    logFile: path.join(testCacheDir, 'demo', 'code-server.log'),
  });
  console.log('');
  console.log('PyWeb Notes demo is running (code-server, VS Code in the browser):');
  console.log(`  ${server.folderUrl}`);
  console.log('Open it in a browser on this machine (the server listens on 127.0.0.1 only).');
  console.log('Press Ctrl+C to stop.');
  // Ctrl+C is handled in processGroup.mjs: it stops code-server and all its children.
  while (!server.hasExited()) await sleep(1000);
  console.error(`code-server stopped on its own:\n${server.logTail()}`);
  return 1;
}

(options.desktop ? runDesktop() : runBrowserDemo())
  .then((exitCode) => process.exit(exitCode))
  .catch((error) => {
    reportFailure(error);
    process.exit(1);
  });
