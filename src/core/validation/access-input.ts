import { z } from 'zod';
import { guid, nameText } from './text.js';

const MAX_GROUPS = 50;

/** Entra group ids, lower-cased and de-duplicated. */
const groupIds = (atLeastOne?: string) => {
  const list = z.array(guid).max(MAX_GROUPS, `must list at most ${MAX_GROUPS} groups`);
  const checked = atLeastOne ? list.min(1, atLeastOne) : list;
  return checked.transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);
};

const categoryReader = z.strictObject({
  groupId: guid.transform((id) => id.toLowerCase()),
  label: nameText(100),
  categories: z.array(z.string().min(1).max(64)).min(1, 'grant at least one category').max(30),
});

/**
 * A change to a school's access configuration. Every field is optional: the
 * ones sent replace the stored value, the others stay as they are. Staff, DSL
 * and admin each need at least one group — without an admin group nobody
 * could ever change the configuration again.
 */
export const accessConfigUpdateSchema = z.strictObject({
  staffGroups: groupIds('name at least one staff group').optional(),
  dslGroups: groupIds('name at least one DSL group').optional(),
  adminGroups: groupIds('name at least one admin group, or nobody could change access again').optional(),
  escalationGroups: groupIds().optional(),
  categoryReaders: z.array(categoryReader).max(MAX_GROUPS).optional(),
  rosterSource: z
    .strictObject({ sdsSchoolId: z.string().regex(/^[A-Za-z0-9_.-]{1,128}$/, 'must be a School Data Sync school id') })
    .nullable()
    .optional(),
});
export type AccessConfigUpdate = z.infer<typeof accessConfigUpdateSchema>;

/** Text typed into the group picker. Quotes and backslashes would end Graph's $search string early. */
export const groupSearchQuerySchema = z.strictObject({
  search: z
    .string()
    .trim()
    .min(2, 'type at least 2 characters')
    .max(100)
    .regex(/^[^"\\]+$/, 'must not contain quotes or backslashes'),
});
