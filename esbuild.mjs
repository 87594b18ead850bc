// Builds everything the extension ships:
//   dist/catalog.json        every note in content/, validated and rendered (fails with file:line)
//   dist/extension.js        the extension host bundle (Node, CommonJS, vscode external)
//   dist/webview/*.js        the webview scripts (browser, IIFE)
// Flags: --production (minify, no source maps), --watch (rebuild on change), --catalog-only.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, watch } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watching = args.has('--watch');

/** esbuild-problem-matcher style lines, so a VS Code watch task can track builds. */
const reportProblems = {
  name: 'report-problems',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/** The content compiler is TypeScript; bundle it once for Node and run it here. */
async function compileCatalog() {
  const outfile = join(root, 'node_modules', '.cache', 'pyweb-notes', 'buildCatalog.cjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, 'src', 'build', 'buildCatalog.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const require = createRequire(import.meta.url);
  delete require.cache[outfile];
  const { buildCatalog } = require(outfile);
  try {
    const { notes, bytes } = buildCatalog(root);
    console.log(`catalog: ${notes} notes, ${(bytes / 1024).toFixed(0)} KB -> dist/catalog.json`);
    return true;
  } catch (error) {
    console.error(error.message);
    return false;
  }
}

const extensionOptions = {
  entryPoints: [join(root, 'src', 'extension.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  outfile: join(root, 'dist', 'extension.js'),
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [reportProblems],
};

const webviewOptions = {
  entryPoints: {
    notePanel: join(root, 'src', 'webview', 'notePanel', 'main.ts'),
    quiz: join(root, 'src', 'webview', 'quiz', 'main.ts'),
  },
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  outdir: join(root, 'dist', 'webview'),
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [reportProblems],
};

async function main() {
  // A release starts from nothing, so no stale file (a dev source map) slips into the .vsix.
  if (production) rmSync(join(root, 'dist'), { recursive: true, force: true });
  const catalogOk = await compileCatalog();
  if (args.has('--catalog-only')) {
    process.exitCode = catalogOk ? 0 : 1;
    return;
  }
  if (!watching) {
    if (!catalogOk) {
      process.exitCode = 1;
      return;
    }
    await Promise.all([esbuild.build(extensionOptions), esbuild.build(webviewOptions)]);
    return;
  }
  const contexts = await Promise.all([esbuild.context(extensionOptions), esbuild.context(webviewOptions)]);
  await Promise.all(contexts.map((context) => context.watch()));
  let pending;
  watch(join(root, 'content'), { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(() => void compileCatalog(), 150);
  });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
