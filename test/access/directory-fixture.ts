import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_GROUPS, PERSONAS } from '../../src/local/demo-identity.js';
import { DEMO_GROUP_NAMES } from '../../src/local/local-people.js';
import type { GraphStandIn } from '../support/graph-stand-in.js';

/** A member of 250 groups, the DSL group among them: too many for a token's groups claim. */
export const BUSY_DSL = { id: '7b3f0a21-8d5c-4e6f-9a10-0000000000b1', displayName: 'Robin Busy' };
export const GUEST = { id: '7b3f0a21-8d5c-4e6f-9a10-0000000000c1', displayName: 'Gale Guest', userType: 'Guest' as const };

const filler = (i: number) => `5e5e5e5e-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** Loads the demo tenant into the Graph stand-in: personas, demo groups, and the busy DSL in 250 groups. */
export function loadDemoDirectory(graph: GraphStandIn): void {
  for (const p of PERSONAS) graph.users.set(p.oid, { id: p.oid, displayName: p.name, userPrincipalName: `${p.key}@demo.example` });
  graph.users.set(BUSY_DSL.id, { ...BUSY_DSL, userPrincipalName: 'robin@demo.example' });
  graph.users.set(GUEST.id, { ...GUEST, userPrincipalName: 'gale_partner.example#EXT#@demo.example' });
  for (const [id, displayName] of Object.entries(DEMO_GROUP_NAMES)) {
    graph.groups.set(id, { id, displayName, members: PERSONAS.filter((p) => p.groups.includes(id)).map((p) => p.oid) });
  }
  graph.groups.get(DEMO_GROUPS.dsl)!.members.push(BUSY_DSL.id);
  graph.groups.get(DEMO_GROUPS.staff)!.members.push(BUSY_DSL.id);
  for (let i = 1; i <= 248; i++) graph.groups.set(filler(i), { id: filler(i), displayName: `Club ${i}`, members: [BUSY_DSL.id] });
}

export const groupCountOf = (graph: GraphStandIn, oid: string) => [...graph.groups.values()].filter((g) => g.members.includes(oid)).length;

/** A plain HTTP server that only counts the requests it gets: where a hostile `_claim_sources` points. */
export async function startCountingServer() {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"value":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
