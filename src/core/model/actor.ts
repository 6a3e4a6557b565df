/**
 * Someone acting in one school, with the roles their Entra groups grant there.
 * `readableCategories` lists categories granted through category-reader groups.
 */
export type Role = 'staff' | 'dsl' | 'admin';

export interface Actor {
  tenantId: string;
  oid: string;
  name: string;
  schoolId: string;
  roles: readonly Role[];
  readableCategories: readonly string[];
  /** The school's categories restricted to DSLs: only DSLs and the author read concerns in them. */
  restrictedCategories?: readonly string[];
  /** Case manager for concerns about adults: in the headteacher's group (`head`), the chair of governors' (`chair`). */
  caseManager?: { head: boolean; chair: boolean };
}

export const hasRole = (actor: Actor, role: Role) => actor.roles.includes(role);
