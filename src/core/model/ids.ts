/** A person is identified by tenant + object id, never by email or UPN. */
export interface PersonRef {
  oid: string;
  name: string;
}

export type SchoolId = string;
