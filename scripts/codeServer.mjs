// A real VS Code for tests and the demo: code-server on 127.0.0.1, private profile,
// extensions installed from a .vsix, stopped as a whole process group.
//
//   const profile = createProfile(dir);           // user data + extensions dirs, settings
//   await installExtension(profile, 'x.vsix');    // code-server --install-extension
//   const server = await startCodeServer({ profile, folder });
//   ... open server.folderUrl in a browser ...
//   await server.stop();                           // always, in finally
//
// Preparation (install, native builds) lives in codeServerPrepare.mjs.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { codeServerEntry, prepareCodeServer, PrerequisiteError, projectRoot, testCacheDir, reportFailure } from './codeServerPrepare.mjs';
import { spawnGroup } from './processGroup.mjs';

export { prepareCodeServer, PrerequisiteError, projectRoot, testCacheDir, reportFailure };

/**
 * Settings for a test profile: no trust prompt (it would block the extension),
 * nothing that reaches for the network, no welcome page competing for focus.
 */
export const TEST_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.restoreWindows': 'none',
};

/** A port that was free a moment ago on 127.0.0.1 (the kernel picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates (or reuses) a private profile under `dir`: user data, extensions and the
 * code-server config, so nothing is read from or written to the user's home.
 */
export function createProfile(dir, settings = TEST_SETTINGS) {
  const profile = {
    dir,
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    configFile: path.join(dir, 'config.yaml'),
    homeDir: path.join(dir, 'home'),
  };
  for (const folder of [path.join(profile.userDataDir, 'User'), profile.extensionsDir, profile.homeDir]) {
    fs.mkdirSync(folder, { recursive: true });
  }
  const settingsFile = path.join(profile.userDataDir, 'User', 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    // first use, or a settings file that is not plain JSON: start from ours
  }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...existing, ...settings }, null, 2));
  // Without --config code-server creates ~/.config/code-server/config.yaml with a password.
  fs.writeFileSync(profile.configFile, 'auth: none\ncert: false\n');
  return profile;
}

function profileArgs(profile) {
  return ['--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Environment for code-server: its own XDG dirs (logs, state) inside the profile. */
function profileEnv(profile, extra = {}) {
  const env = {
    ...process.env,
    XDG_DATA_HOME: path.join(profile.homeDir, 'data'),
    XDG_CONFIG_HOME: path.join(profile.homeDir, 'config'),
    XDG_CACHE_HOME: path.join(profile.homeDir, 'cache'),
    ...extra,
  };
  // A password in the environment would switch auth back on.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  return env;
}

/** Runs code-server once as a CLI (install/list extensions) with a hard timeout. */
function runCli(profile, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const { child, stop } = spawnGroup(process.execPath, [codeServerEntry, ...profileArgs(profile), ...args], {
      env: profileEnv(profile),
      stdio: ['ignore', 'pipe', 'pipe'],
    }, 'code-server cli');
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      stop().then(() => reject(new Error(`code-server ${args.join(' ')} timed out after ${timeoutMs / 1000}s\n${output}`)));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      stop(); // its helpers, if any, go with it
      if (code === 0) resolve(output);
      else reject(new Error(`code-server ${args.join(' ')} exited with ${code}\n${output}`));
    });
  });
}

/** Installs a packaged extension into the profile, offline. */
export async function installExtension(profile, vsixPath) {
  if (!fs.existsSync(vsixPath)) throw new PrerequisiteError(`${vsixPath} does not exist (build it with npm run package)`);
  const output = await runCli(profile, ['--force', '--install-extension', path.resolve(vsixPath)], 120_000);
  if (!/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsixPath} did not report success:\n${output}`);
  }
}

/** Extension ids (publisher.name@version) installed in the profile. */
export async function listExtensions(profile) {
  const output = await runCli(profile, ['--list-extensions', '--show-versions'], 60_000);
  return output.split('\n').map((line) => line.trim()).filter((line) => /^[\w-]+\.[\w-]+@/.test(line));
}

/**
 * Starts code-server on 127.0.0.1 with a port chosen now (or `port`), `--auth none`, the
 * profile's private dirs, and `folder` as the workspace. Resolves once it serves
 * HTTP. The returned stop() ends the server and everything it started; call it
 * in `finally`. `env` reaches the extension host (it inherits the server's env).
 */
export async function startCodeServer({ profile, folder, env = {}, logFile, port: fixedPort, startTimeoutMs = 60_000 }) {
  const port = fixedPort ?? (await freePort());
  const args = [
    codeServerEntry,
    ...profileArgs(profile),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(folder ? [folder] : []),
  ];
  const { child, stop } = spawnGroup(process.execPath, args, {
    env: profileEnv(profile, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  }, `code-server :${port}`);

  // Keep the output: in a file when asked, and the last lines for error messages.
  const log = logFile ? fs.createWriteStream(logFile) : undefined;
  let recent = '';
  const record = (chunk) => {
    log?.write(chunk);
    recent = (recent + chunk).slice(-8000);
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));

  const url = `http://127.0.0.1:${port}/`;
  const server = {
    port,
    url,
    /** Opens `folder` explicitly (code-server may otherwise restore another one). */
    folderUrl: folder ? `${url}?folder=${encodeURIComponent(path.resolve(folder))}` : url,
    logTail: () => recent,
    hasExited: () => exited !== null,
    stop: async () => {
      await stop();
      await new Promise((resolve) => (log ? log.end(resolve) : resolve()));
    },
  };

  try {
    await waitForHealthy(url, () => exited, startTimeoutMs);
  } catch (error) {
    await server.stop();
    throw new Error(`${error.message}\n--- code-server output ---\n${recent}`, { cause: error });
  }
  return server;
}

/** GET url -> status code, or 0 when nothing answers within 2 s. */
function httpStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

async function waitForHealthy(url, exitedReason, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = exitedReason();
    if (reason) throw new Error(`code-server stopped during start-up (${reason})`);
    if ((await httpStatus(new URL('healthz', url))) === 200) return;
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${url}healthz within ${timeoutMs / 1000}s`);
}
