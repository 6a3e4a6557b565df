/**
 * `npm run test:security`: runs the security cases (forged and misaddressed tokens, another school, another
 * member of staff's record, oversized / malformed / hostile bodies, script in free text, replays and races, the
 * two-person rule for widening access, tampering with the audit trail and the records) and prints one row per
 * case: area, case, expected, result. Writes the table to test-results/security.md and a per-area summary to
 * test-results/security-summary.md (the README's security table is copied from that).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Test file → what it attacks. Every case in these files is a security case. */
export const SECURITY_FILES: Record<string, string> = {
  'test/identity/token-validator.test.ts': 'Tokens: forged, misaddressed, wrong key',
  'test/api/tokens.test.ts': 'Tokens at the API: other tenant, lifetime, scope',
  'test/api/access.test.ts': 'Need to know: another staff member’s record',
  'test/api/adults-need-to-know.test.ts': 'Need to know: concerns about adults (the adult concerned finds no trace)',
  'test/api/bad-input.test.ts': 'Oversized, malformed and script-bearing bodies',
  'test/api/hostile-input.test.ts': 'Hostile ids and cursors (from fuzzing)',
  'test/api/clean-input.test.ts': 'Clean input: bidi, zero-width, surrogates, dates, names',
  'test/api/idempotency.test.ts': 'Replays',
  'test/api/conflicts.test.ts': 'Races between edits',
  'test/access/two-person.test.ts': 'Two people to widen access',
  'test/ops/audit-records.test.ts': 'Tamper evidence: records and audit trail',
};

interface JsonResult {
  testResults: { name: string; assertionResults: { title: string; ancestorTitles: string[]; status: string }[] }[];
}

const out = 'test-results/security.json';
mkdirSync('test-results', { recursive: true });
const run = spawnSync('npx', ['vitest', 'run', '--reporter=json', `--outputFile=${out}`, ...Object.keys(SECURITY_FILES)], { stdio: ['ignore', 'ignore', 'inherit'] });
const json = JSON.parse(readFileSync(out, 'utf8')) as JsonResult;

const rows: string[][] = [];
const summary = new Map<string, { cases: number; passed: number }>();
for (const file of json.testResults) {
  const key = Object.keys(SECURITY_FILES).find((f) => file.name.endsWith(f));
  const area = key ? SECURITY_FILES[key]! : file.name;
  for (const a of file.assertionResults) {
    const name = [...a.ancestorTitles, a.title].join(' › ');
    const arrow = name.split(/\s(?:→|->)\s/);
    const expected = arrow.length > 1 ? arrow.at(-1)! : 'as the case says';
    const what = arrow[0]!;
    rows.push([area, what.length > 110 ? `${what.slice(0, 107)}…` : what, expected, a.status === 'passed' ? 'pass' : a.status]);
    const s = summary.get(area) ?? { cases: 0, passed: 0 };
    s.cases++;
    if (a.status === 'passed') s.passed++;
    summary.set(area, s);
  }
}

const table = (head: string[], body: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
const full = table(['area', 'case', 'expected', 'result'], rows);
const short = table(['area', 'cases', 'passed'], [...summary].map(([area, s]) => [area, String(s.cases), String(s.passed)]));
writeFileSync('test-results/security.md', `${full}\n`);
writeFileSync('test-results/security-summary.md', `${short}\n`);
console.log(`\n${full}\n\nSecurity results by area:\n\n${short}\n`);
const failed = rows.filter((r) => r[3] !== 'pass').length;
console.log(failed ? `${failed} security case(s) did not pass.` : `All ${rows.length} security cases passed.`);
process.exit(failed || run.status ? 1 : 0);
