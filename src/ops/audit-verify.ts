import { openOperatorStore } from './operator-store.js';
import { verifyAllSchools } from './verify-all-schools.js';

/** npm run audit:verify — checks every school's audit trail against its tamper evidence. */
async function main() {
  const { store, client, describe } = openOperatorStore();
  console.log(`Verifying audit trails in ${describe}`);
  const ok = await verifyAllSchools(store, (line) => console.log(line));
  client.dispose();
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
