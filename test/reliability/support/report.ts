import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { RunReport } from './reconcile.js';

export const RESULTS_FILE = 'test-results/reliability.json';

const COLUMNS: [keyof RunReport, string][] = [
  ['run', 'run'], ['requests', 'requests'], ['acknowledged', 'acknowledged'], ['stored', 'stored'], ['duplicates', 'duplicates'],
  ['lost', 'lost'], ['halfWritten', 'half-written'], ['fiveHundreds', '5xx'], ['p50Ms', 'p50 ms'], ['p99Ms', 'p99 ms'],
];

export function readResults(): RunReport[] {
  try {
    return (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { runs: RunReport[] }).runs;
  } catch {
    return [];
  }
}

/** Adds (or replaces) a run's row in test-results/reliability.json and prints the table so far. */
export function recordRun(row: RunReport): void {
  const runs = [...readResults().filter((r) => r.run !== row.run), row];
  mkdirSync('test-results', { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ at: new Date().toISOString(), runs }, null, 2)}\n`);
  console.log(`\n${formatTable(runs)}\n`);
}

/** A Markdown table: one row per run. */
export function formatTable(runs: RunReport[]): string {
  const rows = [COLUMNS.map(([, h]) => h), ...runs.map((r) => COLUMNS.map(([k]) => String(r[k])))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
