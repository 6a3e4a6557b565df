import { z } from 'zod';
import { LIMITS } from './concern-input.js';
import { isoDateTime, text } from './text.js';

/**
 * A DSL's decision on telling parents/carers about a concern: told (when, by
 * whom) or not told (why). Recorded on the concern as a new version.
 */
export const parentalNotificationOp = z
  .strictObject({
    op: z.literal('parentalNotification'),
    informed: z.boolean({ message: 'must be true or false' }),
    at: isoDateTime.optional(),
    by: text(200).optional(),
    reason: text(LIMITS.longText).optional(),
  })
  .refine((p) => p.informed || (p.reason ?? '').length > 0, { message: 'say why parents/carers were not informed', path: ['reason'] })
  .refine((p) => !p.informed || p.at !== undefined, { message: 'say when parents/carers were informed', path: ['at'] })
  .refine((p) => p.informed || (p.at === undefined && !p.by), { message: 'when and by whom apply only when parents/carers were informed', path: ['at'] });

export type ParentalNotificationOp = z.infer<typeof parentalNotificationOp>;
