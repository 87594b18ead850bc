#!/usr/bin/env node
// Makes code-server ready in .vscode-test/ so tests and the demo run a real VS Code
// (desktop VS Code cannot be downloaded on these machines; code-server can, from npm).
//
// code-server's own postinstall downloads ripgrep and prebuilt binaries from the
// internet, which is closed here. So it is installed with --ignore-scripts and the
// postinstall is redone by hand (see "Testing in a real VS Code" in design.md):
// native modules built from source with node-gyp against Node's installed headers,
// Debian's rg copied in, and the links postinstall.sh makes.
//
// Idempotent: a stamp file is written when everything succeeded; a later run that
// finds a matching stamp only re-checks the Debian packages (well under a second).
//
// CLI: node scripts/codeServerPrepare.mjs [--force]
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
/** code-server 4.100.x ships VS Code 1.100 whose server runs on Node 20 only. */
const REQUIRED_NODE_MAJOR = 20;

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const testCacheDir = path.join(projectRoot, '.vscode-test');
export const codeServerInstallDir = path.join(testCacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerPackageDir = path.join(codeServerInstallDir, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerPackageDir, 'out', 'node', 'entry.js');
const vscodeDir = path.join(codeServerPackageDir, 'lib', 'vscode');
const stampFile = path.join(codeServerInstallDir, 'prepared.json');
const logFile = path.join(codeServerInstallDir, 'prepare.log');
const lockDir = path.join(testCacheDir, 'code-server-prepare.lock');

/**
 * Debian packages needed: the headers code-server's npm install documentation lists
 * for building its native modules (kerberos links krb5; xkbfile, secret, X11), rg for
 * VS Code's search, and chromium to load the workbench (a browser client is what
 * makes code-server start an extension host).
 */
export const DEBIAN_PACKAGES = ['libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev', 'ripgrep', 'chromium'];

/** The toolchain node-gyp drives, by command; the Debian package is installed only when the command is missing. */
const BUILD_TOOLS = { python3: 'python3', make: 'make', 'g++': 'g++' };

/** Native modules of lib/vscode that its install scripts would have built (see nativeBuildTasks). */
const VSCODE_NATIVE_MODULES = [
  'node-pty',
  '@parcel/watcher',
  'kerberos',
  'native-watchdog',
  '@vscode/spdlog',
  '@vscode/deviceid',
];

export class PrerequisiteError extends Error {}

function stampContent() {
  return {
    codeServer: CODE_SERVER_VERSION,
    // Native modules are bound to the Node ABI and platform they were built for.
    nodeAbi: process.versions.modules,
    platform: `${process.platform}-${process.arch}`,
  };
}

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function stampMatches(stamp) {
  if (!stamp) return false;
  const expected = stampContent();
  return Object.keys(expected).every((key) => stamp[key] === expected[key]);
}

function log(message) {
  process.stdout.write(`[code-server] ${message}\n`);
}

/** Runs a command, appending its output to prepare.log; throws with the log tail on failure. */
function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fs.appendFileSync(logFile, `\n$ (cd ${cwd ?? process.cwd()}) ${command} ${args.join(' ')}\n`);
    const out = fs.openSync(logFile, 'a');
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', out, out],
    });
    child.on('error', (error) => {
      fs.closeSync(out);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) return resolve();
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}) in ${cwd}\n--- last lines of ${logFile} ---\n${tail}`));
    });
  });
}

async function timed(label, work) {
  const start = Date.now();
  log(`${label}...`);
  const result = await work();
  log(`${label}: ${((Date.now() - start) / 1000).toFixed(1)}s`);
  return result;
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Debian packages to install: missing ones of `packages`, plus those of missing build tools. */
export function missingDebianPackages(packages = DEBIAN_PACKAGES) {
  const tools = Object.entries(BUILD_TOOLS).filter(([command]) => !commandExists(command)).map(([, name]) => name);
  if (!commandExists('dpkg-query')) return [...packages, ...tools]; // not Debian: everything is "missing"
  const libraries = packages.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status !== 0 || !result.stdout.includes('install ok installed');
  });
  return [...libraries, ...tools];
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function aptInstallHint(packages) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Installs the missing Debian packages when we may (root, apt-get), else says exactly what to run. */
export async function ensureDebianPackages(packages = DEBIAN_PACKAGES) {
  const missing = missingDebianPackages(packages);
  if (missing.length === 0) return;
  if (!commandExists('apt-get') || !commandExists('dpkg-query')) {
    throw new PrerequisiteError(
      `Missing system packages (Debian names): ${missing.join(', ')}. This machine has no apt-get/dpkg; ` +
        'install the equivalents with your package manager (Chromium must end up at /usr/bin/chromium or set CHROMIUM_PATH).',
    );
  }
  if (!isRoot()) {
    throw new PrerequisiteError(
      `Debian packages not installed: ${missing.join(', ')}. Not running as root, so they cannot be installed here. Run:\n  ${aptInstallHint(missing)}`,
    );
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await timed(`apt-get install ${missing.join(' ')}`, async () => {
    await run('apt-get', ['update'], { env });
    // No recommends: with them, chromium drags in systemd, perl upgrades, printers...
    await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  });
  const stillMissing = missingDebianPackages(packages);
  if (stillMissing.length > 0) {
    throw new PrerequisiteError(`apt-get finished but these packages are still not installed: ${stillMissing.join(', ')}`);
  }
}

/** node-gyp as bundled with the npm that runs here (every npm ships one). */
function nodeGypScript() {
  const candidates = [];
  if (process.env.npm_execpath) candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const npmPath = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  if (npmPath) {
    const npmCli = fs.realpathSync(npmPath); // .../lib/node_modules/npm/bin/npm-cli.js
    candidates.push(path.join(path.dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new PrerequisiteError(`node-gyp not found next to npm (looked at ${candidates.join(', ')})`);
  return found;
}

/**
 * node-gyp would download Node's headers (closed network); point it at the headers
 * installed with Node instead (npm on these machines is configured the same way).
 */
function nodeHeadersDir() {
  const fromConfig = process.env.npm_config_nodedir;
  if (fromConfig && fs.existsSync(path.join(fromConfig, 'include', 'node', 'node.h'))) return fromConfig;
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) return prefix;
  throw new PrerequisiteError(
    `Node's C headers were not found (looked for ${path.join(prefix, 'include', 'node', 'node.h')}); ` +
      'native modules cannot be built offline. Install Node with its headers (e.g. the nodejs.org tarball or Debian nodejs + libnode-dev).',
  );
}

async function nodeGypRebuild(moduleDir) {
  if (!fs.existsSync(path.join(moduleDir, 'binding.gyp'))) {
    throw new Error(`${moduleDir} has no binding.gyp: expected a native module there`);
  }
  await run(process.execPath, [nodeGypScript(), 'rebuild', `--nodedir=${nodeHeadersDir()}`, '--jobs=max'], {
    cwd: moduleDir,
    // node-gyp from `npm exec` context would also read these; be explicit.
    env: { npm_config_nodedir: nodeHeadersDir() },
  });
}

/** Whether `require(moduleDir)` works in a fresh Node (i.e. its binary is there and links). */
function loads(moduleDir) {
  return spawnSync(process.execPath, ['-e', `require(${JSON.stringify(moduleDir)})`], { stdio: 'ignore' }).status === 0;
}

/** The native builds install scripts would have done, longest first. */
function nativeBuildTasks() {
  const vscodeModule = (name) => path.join(vscodeDir, 'node_modules', name);
  return [
    () => nodeGypRebuild(vscodeModule('@vscode/spdlog')),
    () => nodeGypRebuild(vscodeModule('kerberos')),
    async () => {
      // @parcel/watcher ships its binary as an optional registry package
      // (@parcel/watcher-linux-x64-glibc) and loads that first; building it from
      // source takes ~2 minutes on 2 cores, so build only when that does not load.
      if (!loads(vscodeModule('@parcel/watcher'))) await nodeGypRebuild(vscodeModule('@parcel/watcher'));
    },
    () => nodeGypRebuild(vscodeModule('node-pty')),
    async () => {
      // argon2 is required at load time by code-server's own server (password
      // hashing). Its loader (node-pre-gyp) looks in lib/binding/napi-v3, so build
      // it through node-pre-gyp, from source (its default is to download).
      const argon2Dir = path.join(codeServerInstallDir, 'node_modules', 'argon2');
      const nodePreGyp = path.join(codeServerInstallDir, 'node_modules', '@mapbox', 'node-pre-gyp', 'bin', 'node-pre-gyp');
      await run(process.execPath, [nodePreGyp, 'rebuild', '--build-from-source', `--nodedir=${nodeHeadersDir()}`], {
        cwd: argon2Dir,
        env: { npm_config_nodedir: nodeHeadersDir(), npm_config_node_gyp: nodeGypScript() },
      });
    },
    () => nodeGypRebuild(vscodeModule('native-watchdog')),
    () => nodeGypRebuild(vscodeModule('@vscode/deviceid')),
  ];
}

async function npmInstall(cwd, extraArgs = []) {
  await run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', ...extraArgs], { cwd });
}

/** Replaces whatever is at `linkPath` with a relative symlink to `target`. */
function symlink(target, linkPath) {
  fs.rmSync(linkPath, { recursive: true, force: true });
  fs.symlinkSync(target, linkPath);
}

/** Loads each native module in a fresh Node to prove the build links and loads. */
async function smokeTestNativeModules() {
  const checks = [
    [path.join(codeServerInstallDir, 'node_modules'), 'argon2'],
    ...VSCODE_NATIVE_MODULES.map((name) => [path.join(vscodeDir, 'node_modules'), name]),
  ];
  for (const [base, name] of checks) {
    const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(base, name))})`], { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`native module ${name} does not load after the build:\n${result.stderr.slice(-2000)}`);
    }
  }
  const version = spawnSync(process.execPath, [codeServerEntry, '--version'], { encoding: 'utf8' });
  if (version.status !== 0 || !version.stdout.includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server --version failed:\n${version.stdout}\n${version.stderr}`);
  }
}

async function installCodeServer() {
  fs.mkdirSync(codeServerInstallDir, { recursive: true });
  fs.appendFileSync(logFile, `\ninstall started ${new Date().toISOString()}\n`);

  await timed(`npm install code-server@${CODE_SERVER_VERSION}`, async () => {
    // A private package.json keeps this install away from the project's own.
    fs.writeFileSync(
      path.join(codeServerInstallDir, 'package.json'),
      JSON.stringify({ name: 'pyweb-notes-code-server-cache', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2),
    );
    await npmInstall(codeServerInstallDir);
  });

  await timed('npm install in lib/vscode', () => npmInstall(vscodeDir));

  await timed('build native modules (node-gyp)', async () => {
    const tasks = nativeBuildTasks();
    // Two cores: two builds at a time, longest first (spdlog alone takes ~100s).
    const worker = async () => {
      for (let task = tasks.shift(); task; task = tasks.shift()) await task();
    };
    await Promise.all([worker(), worker()]);
  });

  await timed('ripgrep, links, built-in extensions', async () => {
    // @vscode/ripgrep's postinstall downloads rg; Debian's rg is the same program.
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    if (!rg) throw new PrerequisiteError('rg (Debian package ripgrep) is not on PATH');
    const rgBinDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(rgBinDir, { recursive: true });
    fs.copyFileSync(rg, path.join(rgBinDir, 'rg'));
    fs.chmodSync(path.join(rgBinDir, 'rg'), 0o755);

    // The links code-server's postinstall.sh makes (Linux flavour).
    symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
    symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

    await npmInstall(path.join(vscodeDir, 'extensions'));
  });

  await timed('check native modules load', smokeTestNativeModules);
  fs.writeFileSync(stampFile, JSON.stringify({ ...stampContent(), preparedAt: new Date().toISOString() }, null, 2));
}

/** Whether the run holding the lock is still there (a killed run leaves a stale lock). */
function lockIsHeld() {
  let owner = 0;
  try {
    owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')) || 0;
  } catch {
    // pid not written yet: the lock is being taken right now, unless that was long ago
  }
  if (owner === 0) {
    try {
      return Date.now() - fs.statSync(lockDir).mtimeMs < 10_000;
    } catch {
      return false; // the lock went away meanwhile
    }
  }
  try {
    return process.kill(owner, 0);
  } catch {
    return false;
  }
}

/** Serialises concurrent preparations (e.g. two test runners started together). */
async function withLock(work) {
  fs.mkdirSync(testCacheDir, { recursive: true });
  const deadline = Date.now() + 20 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (!lockIsHeld()) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir}: another preparation holds it`);
    log('another run is preparing code-server; waiting...');
    await sleep(2000);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Makes sure code-server is installed and working; returns the paths runners need.
 * Throws PrerequisiteError (with what to install) when it cannot proceed.
 */
export async function prepareCodeServer({ force = false } = {}) {
  if (process.platform !== 'linux') {
    throw new PrerequisiteError(`code-server tests are set up for Linux (Debian); this is ${process.platform}. Use npm run test:electron with a desktop VS Code instead.`);
  }
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== REQUIRED_NODE_MAJOR) {
    throw new PrerequisiteError(`code-server ${CODE_SERVER_VERSION} needs Node ${REQUIRED_NODE_MAJOR}; this is Node ${process.versions.node}.`);
  }
  const start = Date.now();
  await ensureDebianPackages();
  await withLock(async () => {
    if (!force && stampMatches(readStamp())) return;
    if (force) fs.rmSync(stampFile, { force: true });
    await installCodeServer();
  });
  log(`ready in ${((Date.now() - start) / 1000).toFixed(1)}s (${path.relative(projectRoot, codeServerPackageDir)})`);
  return { entry: codeServerEntry, packageDir: codeServerPackageDir, version: CODE_SERVER_VERSION };
}

/** Prints a prerequisite problem without a stack trace, anything else with one. */
export function reportFailure(error) {
  if (error instanceof PrerequisiteError) {
    process.stderr.write(`\nMissing prerequisite: ${error.message}\n`);
  } else {
    process.stderr.write(`\n${error?.stack ?? error}\n`);
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  prepareCodeServer({ force: process.argv.includes('--force') }).catch((error) => {
    reportFailure(error);
    process.exit(1);
  });
}
