// The packaged PyWeb Notes extension (.vsix) that the code-server runners install.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PrerequisiteError, projectRoot } from './codeServerPrepare.mjs';

/** Where `npm run package` writes it. */
export const DEFAULT_VSIX = path.join(projectRoot, 'pyweb-notes.vsix');

/** Runs an npm script of the project with its output shown; throws if it fails. */
export function runNpmScript(script) {
  const started = Date.now();
  console.log(`> npm run ${script}`);
  const result = spawnSync('npm', ['run', script], { cwd: projectRoot, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status})`);
  console.log(`npm run ${script}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/**
 * The .vsix to install: $PYWEB_VSIX if set (used as is), else pyweb-notes.vsix,
 * rebuilt with `npm run package` first unless `build` is false (--no-build, for CI
 * steps that packaged it already).
 */
export function ensureVsix({ build = true } = {}) {
  if (process.env.PYWEB_VSIX) {
    const vsix = path.resolve(process.env.PYWEB_VSIX);
    if (!fs.existsSync(vsix)) throw new PrerequisiteError(`PYWEB_VSIX=${vsix} does not exist`);
    return vsix;
  }
  if (build) runNpmScript('package');
  if (!fs.existsSync(DEFAULT_VSIX)) {
    throw new PrerequisiteError(`${path.relative(projectRoot, DEFAULT_VSIX)} is missing: run npm run package (or drop --no-build)`);
  }
  return DEFAULT_VSIX;
}
