import type { AuditEvent } from '../model/audit-event.js';
import { auditHash, GENESIS } from './hash.js';

export interface TrailProblem {
  recordId: string;
  eventId?: string;
  /** For problems found against an anchor: the anchored UTC day and the anchor's id. */
  day?: string;
  anchorId?: string;
  problem: string;
}

/** The newest audit hash each record says it has (its chain head). */
export type ChainHeads = ReadonlyMap<string, string>;

/**
 * Checks a school's audit events: every event still hashes to its stored hash
 * (not changed), every record's chain runs 1..n with each link naming the
 * previous event (nothing removed or reordered), and each chain ends at the
 * head the record itself holds (no tail removed). Problems come oldest first.
 * `headsComplete`: `heads` holds every stored record and tombstone, so a chain without a head is a record removed.
 */
export function verifyTrail(events: readonly AuditEvent[], heads: ChainHeads, headsComplete = false): TrailProblem[] {
  const problems: TrailProblem[] = [];
  const chains = new Map<string, AuditEvent[]>();
  for (const e of events) {
    if (auditHash(e) !== e.hash) problems.push({ recordId: e.recordId, eventId: e.id, problem: 'event was changed after it was written' });
    if (e.chain) (chains.get(e.recordId) ?? chains.set(e.recordId, []).get(e.recordId)!).push(e);
  }
  for (const [recordId, head] of heads) problems.push(...verifyChain(recordId, chains.get(recordId) ?? [], head));
  // Chains of records whose head this check was not given are still walked 1..n; only their tail goes unchecked.
  // Given every record in the store and every retention tombstone, such a chain is a record that vanished.
  for (const [recordId, chain] of chains) {
    if (heads.has(recordId)) continue;
    problems.push(...verifyChain(recordId, chain, undefined));
    if (headsComplete) problems.push({ recordId, eventId: lastOf(chain)?.id, problem: 'the record is missing from the store and no retention deletion covers it (deleted outside Lantern)' });
  }
  return problems;
}

function verifyChain(recordId: string, chain: AuditEvent[], head: string | undefined): TrailProblem[] {
  const sorted = [...chain].sort((a, b) => a.chain!.seq - b.chain!.seq);
  let prev = GENESIS;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e.chain!.seq !== i + 1) return [{ recordId, eventId: e.id, problem: `change ${i + 1} is missing (next found is ${e.chain!.seq})` }];
    if (e.chain!.prev !== prev) return [{ recordId, eventId: e.id, problem: `change ${i + 1} does not follow change ${i}` }];
    prev = e.hash;
  }
  if (head !== undefined && prev !== head) {
    return [{ recordId, eventId: sorted.at(-1)?.id, problem: sorted.length ? 'later changes of this record are missing from the trail' : 'no audit events for this record' }];
  }
  return [];
}

const lastOf = (chain: readonly AuditEvent[]) => [...chain].sort((a, b) => a.chain!.seq - b.chain!.seq).at(-1);
