import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/api/log.js';
import type { Deps } from '../../src/core/usecases/context.js';
import { startAuditAnchorTask } from '../../src/ops/audit-anchor-task.js';
import { startTestCosmos, type TestCosmos } from '../support/cosmos.js';
import { makeAuditEvent, makeSchool } from '../support/fixtures.js';

const SCHOOL = 'task-school';
let cosmos: TestCosmos;

beforeAll(async () => {
  cosmos = await startTestCosmos();
  await cosmos.store.schools.create(makeSchool({ id: SCHOOL, schoolId: SCHOOL }));
  for (const [i, at] of ['2026-09-01T08:00:00.000Z', '2026-09-01T15:00:00.000Z', '2026-09-02T08:00:00.000Z', '2026-09-03T23:59:59.999Z'].entries()) {
    await cosmos.store.audit.append(makeAuditEvent({ id: `task-ev-${i}`, schoolId: SCHOOL, at }));
  }
}, 60_000);
afterAll(() => cosmos?.close());

describe('the audit anchor task (scheduler)', () => {
  it('anchors finished days on its interval; two instances at once still write each anchor once', async () => {
    const deps: Deps = { store: cosmos.store, clock: () => new Date('2026-09-04T00:20:00.000Z'), newId: randomUUID };
    const log = createLogger('silent');
    const tasks = [startAuditAnchorTask(deps, log, 20), startAuditAnchorTask(deps, log, 20)];
    try {
      await vi.waitFor(async () => expect((await cosmos.store.auditAnchors.list(SCHOOL)).map((a) => a.day)).toEqual(['2026-09-01', '2026-09-02', '2026-09-03']), { timeout: 20_000, interval: 50 });
    } finally {
      await Promise.all(tasks.map((t) => t.stop()));
    }
    const anchors = await cosmos.store.auditAnchors.list(SCHOOL);
    expect(anchors.map((a) => [a.seq, a.count])).toEqual([[1, 2], [2, 1], [3, 1]]);
    expect(anchors[2]!.prev).toBe(anchors[1]!.hash);
  }, 30_000);
});
