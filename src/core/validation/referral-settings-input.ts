import { z } from 'zod';
import { AGENCIES } from '../model/referral.js';
import { requiredText } from './text.js';

const UNITS = ['working-days', 'school-days', 'calendar-days'] as const;
const slug = (what: string) =>
  z
    .string()
    .min(1, 'is required')
    .max(40, 'must be at most 40 characters')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `must be a ${what} id: lower-case letters, digits and single hyphens, e.g. youth-offending`);

const timescale = z.strictObject({
  amount: z
    .number({ message: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(0, 'must not be negative')
    .max(366, 'must be at most 366 days'),
  unit: z.enum(UNITS, { message: `must be one of: ${UNITS.join(', ')}` }),
});

const startsFrom = z.union([z.literal('made'), z.strictObject({ milestone: slug('milestone') })], {
  message: 'must be "made" (the referral being made) or {"milestone": "<key of another milestone>"}',
});

const milestone = z.strictObject({
  key: slug('milestone'),
  label: requiredText(120),
  timescale: timescale.optional(),
  startsFrom,
});

type MilestoneInput = z.infer<typeof milestone>;

/** Duplicate keys, a start on a missing milestone or on itself, and cycles (a runs from b runs from a). */
function checkMilestones(list: MilestoneInput[], ctx: z.RefinementCtx) {
  const keys = new Map<string, number>();
  list.forEach((m, i) => {
    if (keys.has(m.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `"${m.key}" is used by another milestone of this agency` });
    else keys.set(m.key, i);
  });
  const from = (m: MilestoneInput) => (m.startsFrom === 'made' ? undefined : m.startsFrom.milestone);
  list.forEach((m, i) => {
    const start = from(m);
    if (start === undefined) return;
    if (!keys.has(start)) return ctx.addIssue({ code: 'custom', path: [i, 'startsFrom', 'milestone'], message: `no milestone "${start}" in this agency` });
    const seen = new Set([m.key]);
    for (let next: string | undefined = start; next !== undefined; next = from(list[keys.get(next)!]!)) {
      if (next === m.key) return ctx.addIssue({ code: 'custom', path: [i, 'startsFrom', 'milestone'], message: `runs in a circle (${[...seen, next].join(' → ')}); one milestone must run from the referral being made` });
      if (seen.has(next)) return; // a circle further on: reported on its own members
      seen.add(next);
      if (!keys.has(next)) return;
    }
  });
}

const agency = z.strictObject({
  id: slug('agency'),
  label: requiredText(80),
  milestones: z.array(milestone).max(20, 'list at most 20 milestones').superRefine(checkMilestones),
});

const alerts = z.strictObject({
  dueSoonWorkingDays: z.number({ message: 'must be a whole number of working days' }).int('must be a whole number of working days').min(0, 'must not be negative').max(20, 'must be at most 20'),
  escalateAfterWorkingDays: z.number({ message: 'must be a whole number of working days' }).int('must be a whole number of working days').min(0, 'must not be negative').max(60, 'must be at most 60'),
});

/** A school's agencies (the six stable ones and its own) with their milestones, and its alert settings. */
export const referralSettingsSchema = z.strictObject({
  agencies: z
    .array(agency)
    .max(40, 'list at most 40 agencies')
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((a, i) => {
        if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${a.id}" is used by another agency` });
        seen.add(a.id);
      });
      const missing = AGENCIES.filter((id) => !seen.has(id));
      if (missing.length > 0) ctx.addIssue({ code: 'custom', path: [], message: `must keep the standard agencies (rename them if you like): missing ${missing.join(', ')}` });
    }),
  alerts,
});
export type ReferralSettingsInput = z.infer<typeof referralSettingsSchema>;
