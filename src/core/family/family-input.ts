import { z } from 'zod';
import { recordId, requiredText } from '../validation/text.js';
import { LINK_KINDS } from './family.js';

export const familyLinkInputSchema = z.strictObject({
  childId: recordId,
  kind: z.enum(LINK_KINDS, { message: `must be one of: ${LINK_KINDS.join(', ')}` }),
});

export const childAdultInputSchema = z.strictObject({
  name: requiredText(200),
  relationship: requiredText(100),
  parentalResponsibility: z.boolean(),
});

export const familyLinkUpdateSchema = z.strictObject({ op: z.literal('remove', { message: 'op must be: remove' }) });
