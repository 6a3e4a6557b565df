import type { Category } from './category.js';

/**
 * Which Entra security groups grant which Lantern roles in one school.
 * Visibility of each category is expressed by the category-reader grants:
 * a category is readable by DSLs, by staff who logged or were alerted to a
 * concern, and by the groups granted it here.
 */
export interface AccessConfig {
  staffGroups: string[];
  dslGroups: string[];
  adminGroups: string[];
  categoryReaders: { groupId: string; label: string; categories: string[] }[];
}

export interface School {
  id: string;
  type: 'school';
  schoolId: string;
  tenantId: string;
  name: string;
  categories: Category[];
  access: AccessConfig;
  /** IANA time zone of the school; England is Europe/London. */
  timeZone: string;
}
