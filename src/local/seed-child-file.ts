import { addDays, instantAt, localDate } from '../core/calendar/local-time.js';
import { createCaseNote } from '../core/case-notes/create-case-note.js';
import { setStatusFlag } from '../core/child-status/set-status-flag.js';
import { addChildAdult } from '../core/family/add-child-adult.js';
import { linkChildren } from '../core/family/link-children.js';
import type { Deps, RequestContext } from '../core/usecases/context.js';

/**
 * The child's whole file for the demo: Harry (child-008) is on a child
 * protection plan, has a half-sister on roll and a mother with parental
 * responsibility; the DSL has logged a call with children's social care on his
 * safeguarding concern and a call with his mother. Maya (child-012) has an EHCP,
 * which the SENCO sees. Every step is retry-safe.
 */
export async function seedChildFile(deps: Deps, dsl: RequestContext, safeguardingConcernId: string) {
  const { timeZone } = dsl.school;
  const today = localDate(deps.clock(), timeZone);
  const at = (days: number, time: string) => instantAt(addDays(today, -days), time, timeZone).toISOString();
  await setStatusFlag(deps, dsl, 'child-008', { flag: 'child-protection-plan', cpCategory: 'neglect', startDate: addDays(today, -120) }, 'seed-flag-cp-1');
  await setStatusFlag(deps, dsl, 'child-012', { flag: 'ehcp', startDate: addDays(today, -400) }, 'seed-flag-ehcp-1');
  await linkChildren(deps, dsl, 'child-008', { childId: 'child-009', kind: 'sibling' });
  await addChildAdult(deps, dsl, 'child-008', { name: 'Linh Nguyen', relationship: 'Mother', parentalResponsibility: true });
  await createCaseNote(deps, dsl, {
    childId: 'child-008', concernId: safeguardingConcernId, kind: 'call', method: 'phone', occurredAt: at(5, '14:20'),
    with: [{ name: 'Duty social worker', relationship: 'agency', organisation: "Children's social care (MASH)" }],
    summary: 'Shared the bruising concern with the MASH duty worker; the social worker will visit this week and update us.',
    followUpDate: addDays(today, 14),
  }, 'seed-note-1');
  await createCaseNote(deps, dsl, {
    childId: 'child-008', kind: 'call', method: 'phone', occurredAt: at(4, '16:05'),
    with: [{ name: 'Linh Nguyen', relationship: 'parent-carer' }],
    summary: 'Mum said the new baby is keeping everyone up; agreed a breakfast club place from Monday.',
  }, 'seed-note-2');
}
