import { z } from 'zod';
import { BODY_SIDES, MARK_SIZES, MARK_TYPES } from '../model/body-map.js';
import { requiredText } from './text.js';

const fraction = z.number().min(0, 'must be on the outline (0 to 1)').max(1, 'must be on the outline (0 to 1)');

export const bodyMarkSchema = z.strictObject({
  side: z.enum(BODY_SIDES, { message: `must be one of: ${BODY_SIDES.join(', ')}` }),
  x: fraction,
  y: fraction,
  type: z.enum(MARK_TYPES, { message: `must be one of: ${MARK_TYPES.join(', ')}` }),
  size: z.enum(MARK_SIZES, { message: `must be one of: ${MARK_SIZES.join(', ')}` }),
  description: requiredText(500),
});

/** Up to 50 marks; an empty list clears the body map. */
export const bodyMapSchema = z.array(bodyMarkSchema).max(50, 'at most 50 marks');
