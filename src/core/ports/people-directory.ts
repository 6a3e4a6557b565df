import type { RawRosterRow } from '../model/roster.js';

/**
 * The tenant's directory (Microsoft Graph in production; the seeded personas
 * in local mode), for the access report and for picking groups. Every method
 * throws when the directory cannot answer; callers never treat that as "nobody".
 */
export interface DirectoryPerson {
  oid: string;
  name: string;
  /** Sign-in name, shown to admins to tell people apart. */
  principalName?: string;
  /** A guest (B2B) account: never staff unless an admin maps a group that contains them. */
  guest: boolean;
}

export interface DirectoryGroup {
  id: string;
  name: string;
  description?: string;
  securityEnabled?: boolean;
}

export interface PeopleDirectory {
  /** People in a group, nested groups included. */
  membersOf(tenantId: string, groupId: string): Promise<DirectoryPerson[]>;
  /** Groups whose name matches `text`, for choosing one in the mapping. */
  searchGroups(tenantId: string, text: string): Promise<DirectoryGroup[]>;
  /** Names of known groups; ids that no longer exist are left out. */
  groupsById(tenantId: string, ids: readonly string[]): Promise<DirectoryGroup[]>;
}

/** Pupils of a School Data Sync school, as unchecked roster rows (Lantern checks them like CSV rows). */
export interface RosterSource {
  students(tenantId: string, sdsSchoolId: string): Promise<RawRosterRow[]>;
}
