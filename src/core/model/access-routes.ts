import type { AccessConfig, AdultConcernSettings } from './school.js';

export type AccessRouteKind = 'staff' | 'dsl' | 'admin' | 'escalation' | 'categoryReader' | 'caseManager' | 'chair';

/** One way into Lantern: membership of this group gives this role (or these categories). */
export interface AccessRoute {
  groupId: string;
  kind: AccessRouteKind;
  /** Category readers' label, e.g. "SENCO". */
  label?: string;
  categories?: string[];
}

/** Every route the configuration opens, in a stable order. */
export function accessRoutes(access: AccessConfig): AccessRoute[] {
  const plain = (kind: AccessRouteKind, ids: readonly string[] = []) => ids.map((groupId) => ({ groupId, kind }));
  return [
    ...plain('dsl', access.dslGroups),
    ...plain('staff', access.staffGroups),
    ...access.categoryReaders.map((r) => ({ groupId: r.groupId, kind: 'categoryReader' as const, label: r.label, categories: [...r.categories] })),
    ...plain('admin', access.adminGroups),
    ...plain('escalation', access.escalationGroups),
  ];
}

/** The case managers for concerns about adults (a setting of its own, outside the access mapping). */
export function adultConcernRoutes(settings: AdultConcernSettings | undefined): AccessRoute[] {
  if (!settings) return [];
  return [
    ...settings.caseManagerGroups.map((groupId) => ({ groupId, kind: 'caseManager' as const, label: ROUTE_NAMES.caseManager })),
    ...settings.chairGroups.map((groupId) => ({ groupId, kind: 'chair' as const, label: ROUTE_NAMES.chair })),
  ];
}

/** Every group id the configuration names, escalation groups included. */
export const configGroupIds = (access: AccessConfig): string[] => [...new Set(accessRoutes(access).map((r) => r.groupId))];

export const ROUTE_NAMES: Record<AccessRouteKind, string> = {
  dsl: 'DSL',
  staff: 'Staff',
  categoryReader: 'Category reader',
  admin: 'Lantern admin',
  escalation: 'Escalation (head / deputy head)',
  caseManager: 'Case manager for concerns about adults (headteacher)',
  chair: 'Case manager for concerns about the headteacher (chair of governors)',
};
