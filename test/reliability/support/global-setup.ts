import { rmSync } from 'node:fs';
import { formatTable, readResults, RESULTS_FILE } from './report.js';

/** Each suite run starts a fresh results file; at the end the whole table is printed once. */
export function setup() {
  rmSync(RESULTS_FILE, { force: true });
}

export function teardown() {
  const runs = readResults();
  if (runs.length) console.log(`\nReliability results (${RESULTS_FILE}):\n\n${formatTable(runs)}\n`);
}
