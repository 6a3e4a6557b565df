import { ANCHOR_GRACE_MS } from '../core/usecases/anchor-audit-trail.js';
import { anchorAllSchools } from './anchor-all-schools.js';
import { openOperatorStore } from './operator-store.js';

/**
 * npm run audit:anchor [-- --until <ISO time>]
 * Writes the daily audit anchors every school is missing, for UTC days that
 * ended by `--until` (default now; never a day that ended under 15 minutes
 * ago), in the running local instance's store or COSMOS_ENDPOINT. Running it
 * again creates nothing new.
 */
function parseUntil(argv: string[]): Date {
  const i = argv.indexOf('--until');
  if (i === -1) return new Date();
  const value = argv[i + 1];
  const at = value ? new Date(value) : new Date(NaN);
  if (!value || Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new Error('--until needs an ISO date-time, e.g. --until 2026-11-30T00:00:00Z');
  }
  return at;
}

async function main() {
  const until = parseUntil(process.argv.slice(2));
  const { store, client, describe } = openOperatorStore();
  const now = new Date();
  const latest = new Date(now.getTime() - ANCHOR_GRACE_MS);
  // A day still open (or closed under 15 minutes ago) may yet gain events, so it is never anchored, whatever --until says.
  const capped = until > latest ? ` (capped at ${latest.toISOString()}: days that ended less than 15 minutes ago are still open)` : '';
  console.log(`Anchoring audit trails in ${describe}: UTC days ended by ${until.toISOString()}${capped}`);
  const run = await anchorAllSchools(store, until, now, (line) => console.log(`  ${line}`));
  client.dispose();
  for (const f of run.failures) console.error(`  failed for ${f.schoolId}: ${f.error}`);
  console.log(`${run.created} anchor(s) written for ${run.schools} school(s).`);
  process.exit(run.failures.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
