// Entry for @vscode/test-electron (its extensionTestsPath): desktop VS Code loads
// this module in the extension host and awaits run(); a rejection fails the run.
// scripts/runElectron.mjs bundles it next to the same suite.js code-server uses.
import * as path from 'node:path';
import { runSuite, writeResults } from './runSuite';

export async function run(): Promise<void> {
  const results = await runSuite(path.join(__dirname, 'suite.js'));
  if (process.env.PYWEB_TEST_RESULTS) writeResults(process.env.PYWEB_TEST_RESULTS, results);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
}
