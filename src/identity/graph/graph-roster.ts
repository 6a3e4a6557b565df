import type { RawRosterRow } from '../../core/model/roster.js';
import type { RosterSource } from '../../core/ports/people-directory.js';
import type { GraphApi } from './graph-api.js';
import { GraphFailure } from './graph-errors.js';

interface EducationUser {
  id: string;
  primaryRole?: string;
  givenName?: string | null;
  surname?: string | null;
  student?: { birthDate?: string | null; externalId?: string | null; grade?: string | null; studentNumber?: string | null } | null;
}

/**
 * Pupils from School Data Sync (Microsoft Graph education APIs):
 * `/education/schools/{id}/users`, students only. The DfE UPN is read from
 * `student.studentNumber` (falling back to `externalId`), the year group from
 * `student.grade`; Lantern checks every row as it checks a CSV row.
 */
export function createGraphRoster(graph: GraphApi, tenantId: string): RosterSource {
  return {
    async students(t, sdsSchoolId) {
      if (t.toLowerCase() !== tenantId.toLowerCase()) throw new GraphFailure('Lantern reads the directory of its own organisation only');
      const users = await graph.getAll<EducationUser>(`/education/schools/${encodeURIComponent(sdsSchoolId)}/users`);
      return users.filter((u) => u.primaryRole === 'student').map(toRow);
    },
  };
}

const toRow = (u: EducationUser): RawRosterRow => ({
  row: u.id,
  upn: u.student?.studentNumber ?? u.student?.externalId ?? undefined,
  givenName: u.givenName ?? undefined,
  familyName: u.surname ?? undefined,
  dateOfBirth: u.student?.birthDate ?? undefined,
  yearGroup: u.student?.grade ?? undefined,
});
