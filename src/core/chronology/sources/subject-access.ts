import type { SubjectAccessRequest } from '../../model/subject-access.js';
import { allowSubjectAccess } from '../../policy/index.js';
import type { ChronologyEntry, ChronologySource } from '../entry.js';
import { allPages } from '../child-records.js';

/** Each release of the child's records under a subject access request (what went out is in the request). */
export const subjectAccessSource: ChronologySource = {
  kinds: [{ id: 'subject-access-release', label: 'Records released (subject access)' }],
  async entries({ deps, ctx, childId }) {
    if (!allowSubjectAccess(ctx.actor, 'list')) return [];
    const sars = await allPages((page) => deps.store.subjectAccess.query(ctx.school.id, { childId }, page));
    return sars.filter((s) => allowSubjectAccess(ctx.actor, 'read', s)).flatMap(entriesOf);
  },
};

function entriesOf(s: SubjectAccessRequest): ChronologyEntry[] {
  return s.releases.map((r) => ({
    id: `subject-access-release:${s.id}:${r.id}`,
    kind: 'subject-access-release',
    at: r.at,
    recordedAt: r.at,
    by: r.by,
    title: `Records released to ${s.requester.name} (subject access request)`,
    details: [{ label: 'Records released', value: String(r.recordIds.length) }],
    categories: [],
    record: { type: 'subjectAccessRequest', id: s.id, ref: s.ref },
  }));
}
