import { performance } from 'node:perf_hooks';
import { createCosmosClient } from '../src/store/cosmos-client.js';
import { ensureContainers, RECORDS_CONTAINER } from '../src/store/containers.js';
import { startEmbeddedCosmos } from '../src/store/embedded/embedded-cosmos.js';
import { loadOrCreateTls } from '../src/store/embedded/tls.js';
import { demoSchool } from '../src/local/demo-school.js';
import { bulkCreate, dashboardConcerns, closedReferrals } from './scale-data.js';

const cosmos = await startEmbeddedCosmos({ tls: await loadOrCreateTls() });
const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, ca: cosmos.ca });
const db = await ensureContainers(client, 'proto');
const rec = db.container(RECORDS_CONTAINER);
const school = demoSchool();
let t = performance.now();
let n = 0; for (const _ of closedReferrals(school, new Date('2027-03-10T09:30:00Z'), 20000)) n++;
console.log('gen 20k referrals ms', performance.now() - t);
t = performance.now();
for (const _ of dashboardConcerns('demo-primary', 'Europe/London', new Date(), 100000)) n++;
console.log('gen 100k concerns ms', performance.now() - t);
for (const c of [8, 16]) {
  t = performance.now();
  const w = await bulkCreate(rec, 'demo-primary', dashboardConcerns('demo-primary', 'Europe/London', new Date(), 50000), c);
  console.log('bulk', c, w, 'ms', performance.now() - t, 'rss', process.memoryUsage().rss / 1e6);
}
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const r = await rec.items.query({ query: "SELECT VALUE COUNT(1) FROM c WHERE c.schoolId = @s AND c.type = 'concern' AND c.status = 'new'", parameters: [{ name: '@s', value: 'demo-primary' }] }, { partitionKey: 'demo-primary' }).fetchAll();
  console.log('count', r.resources, performance.now() - t);
  t = performance.now();
  const q = await rec.items.query({ query: "SELECT * FROM c WHERE c.schoolId = @s AND c.type = 'concern' AND c.status = 'new' ORDER BY c.recordedAt ASC, c.id ASC", parameters: [{ name: '@s', value: 'demo-primary' }] }, { partitionKey: 'demo-primary', maxItemCount: 20 }).fetchNext();
  console.log('queue', q.resources.length, performance.now() - t);
}
await db.delete();
client.dispose();
await cosmos.close();
