// esbuild bundles of the test code in TypeScript. The integration suite runs inside
// a VS Code extension host, which loads plain CommonJS from an extension folder;
// `vscode` is provided by the host at run time, so it stays external. The e2e suite
// runs in plain Node next to the runner; playwright-core stays external (loaded from
// node_modules).
import { createVSIX } from '@vscode/vsce';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './codeServerPrepare.mjs';

const integrationDir = path.join(projectRoot, 'test', 'integration');
const suiteDir = path.join(integrationDir, 'suite');
const hostDir = path.join(integrationDir, 'host');
const e2eDir = path.join(projectRoot, 'test', 'e2e');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  // mocha's parallel mode (never used here) resolves worker files at run time.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

/** Test files of a folder in a stable order. */
function testFiles(dir, suffix) {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => path.join(dir, name));
}

/** One esbuild entry that imports every test file: mocha registers suites in this order. */
function allFilesEntry(dir, files) {
  return {
    contents: files.map((file) => `import ${JSON.stringify('./' + path.basename(file))};`).join('\n'),
    resolveDir: dir,
    sourcefile: 'all-tests.ts',
    loader: 'ts',
  };
}

/** The suite files, in a stable order: test/integration/suite/*.test.ts. */
export function integrationSuiteFiles() {
  return testFiles(suiteDir, '.test.ts');
}

/**
 * Stages the test-only host extension in `outDir`:
 *   package.json            (from test/integration/host)
 *   dist/extension.js       code-server entry: runs the suite on startup, writes results
 *   dist/electronIndex.js   @vscode/test-electron entry (extensionTestsPath)
 *   dist/suite.js           every suite file in one bundle, loaded under mocha's TDD globals
 */
export async function bundleIntegrationHost(outDir) {
  const files = integrationSuiteFiles();
  if (files.length === 0) throw new Error(`no *.test.ts files in ${suiteDir}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'dist'), { recursive: true });
  fs.copyFileSync(path.join(hostDir, 'package.json'), path.join(outDir, 'package.json'));

  await esbuild.build({
    ...common,
    entryPoints: { extension: path.join(hostDir, 'extension.ts'), electronIndex: path.join(hostDir, 'electronIndex.ts') },
    outdir: path.join(outDir, 'dist'),
  });
  await esbuild.build({
    ...common,
    stdin: allFilesEntry(suiteDir, files),
    outfile: path.join(outDir, 'dist', 'suite.js'),
    sourcemap: 'inline', // failures' stack traces point at the .ts lines
  });
  return { dir: outDir, suiteFiles: files };
}

/**
 * Bundles test/e2e/*.e2e.ts into one CommonJS file for mocha (loaded by
 * scripts/runE2e.mjs under mocha's TDD globals). `outFile` must be inside the
 * project so that playwright-core resolves from its node_modules.
 */
export async function bundleE2e(outFile) {
  const files = testFiles(e2eDir, '.e2e.ts');
  if (files.length === 0) throw new Error(`no *.e2e.ts files in ${e2eDir}`);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  await esbuild.build({
    ...common,
    external: ['playwright-core'],
    stdin: allFilesEntry(e2eDir, files),
    outfile: outFile,
    sourcemap: 'inline',
  });
  return { file: outFile, testFiles: files };
}

/**
 * Packs a staged host extension into a .vsix. VS Code only loads extensions that
 * its extensions.json lists, so a folder copied into the extensions dir is "marked
 * as removed" at startup; an installed .vsix is the supported way in.
 */
export async function packageIntegrationHost(stagedDir, vsixPath) {
  // vsce lists every packed file on the console; keep that out of the test output
  // unless packing fails.
  const captured = [];
  const original = { log: console.log, info: console.info, warn: console.warn };
  console.log = console.info = console.warn = (...parts) => captured.push(parts.join(' '));
  try {
    await createVSIX({
      cwd: stagedDir,
      packagePath: vsixPath,
      dependencies: false, // everything is bundled into dist/
      allowMissingRepository: true,
      skipLicense: true,
    });
  } catch (error) {
    original.warn(captured.join('\n'));
    throw error;
  } finally {
    Object.assign(console, original);
  }
  return vsixPath;
}
