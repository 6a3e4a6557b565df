import { randomUUID } from 'node:crypto';
import { createLanternApp } from '../app.js';
import { sweepOnce } from '../alerts/sweep.js';
import { configureBot } from '../bot/bot-settings.js';
import { staticGroupMembership } from '../bot/group-membership.js';
import { botRuntime } from '../bot/mount-bot.js';
import { PERSONAS } from '../local/demo-identity.js';
import { openOperatorStore } from './operator-store.js';

/**
 * npm run alerts:sweep -- --now <ISO time>
 * One sweep at the given clock against the running local instance's store (or
 * COSMOS_ENDPOINT): raises the alerts due then and delivers them in Teams
 * through the same bot code the service uses.
 */
function parseNow(argv: string[]): Date {
  const i = argv.indexOf('--now');
  if (i === -1) return new Date();
  const value = argv[i + 1];
  const at = value ? new Date(value) : new Date(NaN);
  if (!value || Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new Error('--now needs an ISO date-time, e.g. --now 2026-11-30T09:00:00Z');
  }
  return at;
}

async function main() {
  const now = parseNow(process.argv.slice(2));
  const { store, client, describe, config } = openOperatorStore();
  if (config.LANTERN_MODE === 'local') configureBot({ groupMembership: staticGroupMembership(PERSONAS) });
  // The app is built but never listens: it lends the sweep its bot, so delivery is exactly the service's.
  const app = createLanternApp({ config: { ...config, ALERT_SWEEP_SECONDS: 0, LOG_LEVEL: 'warn' }, store, clock: () => now });
  const runtime = botRuntime(app.server);
  const result = await sweepOnce(app.deps, now, runtime?.alertChannel, `operator-${randomUUID()}`, 60_000);
  await runtime?.idle();
  client.dispose();
  if (!result.ran) {
    console.log('Another sweep holds the lease right now; try again in a minute.');
    process.exit(3);
  }
  console.log(`Swept ${result.schools} school(s) in ${describe} at ${now.toISOString()}: ${result.raised} alert(s) raised, ${result.delivered} delivered.`);
  for (const f of result.failures) console.error(`  failed for ${f.schoolId}: ${f.error}`);
  process.exit(result.failures.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
