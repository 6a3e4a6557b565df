import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/core/model/actor.js';
import { addYears, DEFAULT_RETENTION, retentionRule, reviewDateFor } from '../../src/core/model/retention.js';
import { buildFile, dueForReview, type FileConcern, type FileReferral } from '../../src/core/model/retention-file.js';
import { allowRecords, type RecordsAbility } from '../../src/core/policy/index.js';
import { CONTAINER_DEFINITIONS } from '../../src/store/containers.js';

const concern = (id: string, childIds: string[], status = 'closed', categories = ['welfare'], version = 2): FileConcern => ({
  id, childIds, categories, status, closedAt: status === 'closed' ? '2026-07-01T10:00:00Z' : undefined, version, auditHead: `h-${id}`,
});
const referral = (id: string, childId: string, status = 'closed'): FileReferral => ({ id, childId, status, version: 2, auditHead: `h-${id}` });

describe('review dates', () => {
  it('are date of birth + 25 years by default', () => {
    expect(reviewDateFor('2016-05-01', retentionRule(['welfare']))).toBe('2041-05-01');
    expect(retentionRule(['welfare']).id).toBe('default:25');
  });

  it('move a 29 February birthday to 1 March when the review year has no 29 February', () => {
    expect(addYears('2012-02-29', 25)).toBe('2037-03-01');
    expect(addYears('2012-02-29', 28)).toBe('2040-02-29');
    expect(addYears('2011-12-31', 25)).toBe('2036-12-31');
  });

  it('take the longest category override among the file’s categories', () => {
    const settings = { defaultYears: 25, categoryYears: { send: 35, attendance: 10, welfare: 30 } };
    expect(retentionRule(['attendance', 'welfare', 'send'], settings)).toEqual({ id: 'category:send:35', years: 35, category: 'send' });
    // A shorter override never shortens the default.
    expect(retentionRule(['attendance'], settings).id).toBe('default:25');
    const file = buildFile({ id: 'k', dateOfBirth: '2015-09-10' }, [concern('c1', ['k'], 'closed', ['welfare'])], [], settings, new Set());
    expect(file?.reviewDate).toBe('2045-09-10');
  });
});

describe('child protection files', () => {
  const child = { id: 'kid', dateOfBirth: '2000-02-29' };

  it('are closed only when every concern and referral about the child is closed', () => {
    expect(buildFile(child, [concern('c1', ['kid'])], [referral('r1', 'kid')], DEFAULT_RETENTION, new Set())?.closed).toBe(true);
    expect(buildFile(child, [concern('c1', ['kid']), concern('c2', ['kid'], 'triaged')], [], DEFAULT_RETENTION, new Set())?.closed).toBe(false);
    expect(buildFile(child, [concern('c1', ['kid'])], [referral('r1', 'kid', 'open')], DEFAULT_RETENTION, new Set())?.closed).toBe(false);
    expect(buildFile(child, [concern('c1', ['other'])], [], DEFAULT_RETENTION, new Set())).toBeUndefined();
  });

  it("keep a concern that also names a child whose file is still kept", () => {
    const file = buildFile(child, [concern('c1', ['kid', 'sibling']), concern('c2', ['kid', 'gone'])], [], DEFAULT_RETENTION, new Set(['gone']));
    expect(file?.sharedConcernIds).toEqual(['c1']);
  });

  it('change fingerprint when any record of the file changes', () => {
    const a = buildFile(child, [concern('c1', ['kid'], 'closed', ['welfare'], 2)], [], DEFAULT_RETENTION, new Set())!;
    const b = buildFile(child, [concern('c1', ['kid'], 'closed', ['welfare'], 3)], [], DEFAULT_RETENTION, new Set())!;
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('come up for review once the date passes, oldest first, never while on hold or open', () => {
    const mk = (id: string, dob: string, status = 'closed') => buildFile({ id, dateOfBirth: dob }, [concern(`c-${id}`, [id], status)], [], DEFAULT_RETENTION, new Set())!;
    const files = [
      { file: mk('b', '2000-06-01'), onHold: false, deleted: false },
      { file: mk('a', '1999-01-01'), onHold: false, deleted: false },
      { file: mk('held', '1990-01-01'), onHold: true, deleted: false },
      { file: mk('open', '1990-01-01', 'new'), onHold: false, deleted: false },
      { file: mk('young', '2015-01-01'), onHold: false, deleted: false },
    ];
    expect(dueForReview(files, '2026-11-29').map((f) => f.file.childId)).toEqual(['a', 'b']);
  });
});

describe('retention policy', () => {
  const actor = (roles: Role[]): Actor => ({ tenantId: 't', oid: 'o', name: 'n', schoolId: 's', roles, readableCategories: [] });
  const TABLE: Record<string, [Role[], Partial<Record<RecordsAbility, boolean>>]> = {
    dsl: [['staff', 'dsl'], { reviewRetention: true, deleteFile: true, configureRetention: false, readRetentionSettings: true, readParentalReport: true }],
    teacher: [['staff'], { reviewRetention: false, deleteFile: false, configureRetention: false, readRetentionSettings: false, readParentalReport: false }],
    admin: [['admin'], { reviewRetention: false, deleteFile: false, configureRetention: true, readRetentionSettings: true, readParentalReport: false }],
  };
  for (const [who, [roles, expected]] of Object.entries(TABLE)) {
    it(`${who}`, () => {
      for (const [ability, allowed] of Object.entries(expected)) expect(allowRecords(actor(roles), ability as RecordsAbility), ability).toBe(allowed);
    });
  }
});

describe('no time-to-live anywhere', () => {
  it('no container deletes documents by age', () => {
    for (const d of CONTAINER_DEFINITIONS) expect(d.defaultTtl, d.id).toBeUndefined();
  });
});
