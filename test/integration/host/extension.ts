// The test-only extension installed beside PyWeb Notes in code-server (which has no
// --extensionTestsPath). On startup it runs the bundled suite in this extension
// host and writes the results where scripts/runIntegration.mjs waits for them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { runSuite, writeResults } from './runSuite';

/** Written by the runner next to package.json when it stages this extension. */
interface RunConfig {
  resultsPath: string;
}

/** Where to write: $PYWEB_TEST_RESULTS if the extension host got it, else run-config.json. */
function resultsPath(extensionPath: string): string | undefined {
  if (process.env.PYWEB_TEST_RESULTS) return process.env.PYWEB_TEST_RESULTS;
  try {
    const config = JSON.parse(fs.readFileSync(path.join(extensionPath, 'run-config.json'), 'utf8')) as RunConfig;
    return config.resultsPath;
  } catch {
    return undefined;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const target = resultsPath(context.extensionPath);
  if (!target) {
    console.warn('[pyweb-notes tests] no results path configured; not running the suite');
    return;
  }
  // A reloaded window activates extensions again; the suite runs once per run.
  const startedMarker = `${target}.started`;
  if (fs.existsSync(startedMarker) || fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(startedMarker, new Date().toISOString());

  const results = await runSuite(path.join(context.extensionPath, 'dist', 'suite.js'), (line) => console.log(`[pyweb-notes tests] ${line}`));
  writeResults(target, results);
}

export function deactivate(): void {}
