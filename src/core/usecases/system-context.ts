import type { School } from '../model/school.js';
import type { RequestContext } from './context.js';

/** The scheduler and operator commands act as the system, and are audited as such. */
export const SYSTEM_OID = 'lantern-system';

export function systemContext(school: School, correlationId: string): RequestContext {
  return {
    actor: { tenantId: school.tenantId, oid: SYSTEM_OID, name: 'Lantern', schoolId: school.id, roles: [], readableCategories: [] },
    school,
    correlationId,
  };
}
