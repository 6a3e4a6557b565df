import type { Config } from '../../config/config.js';
import { configGroupIds } from '../../core/model/access-routes.js';
import type { School } from '../../core/model/school.js';
import type { SchoolDirectory } from '../school-directory.js';
import { createGraphServices, type GraphServices } from './create-graph.js';
import { graphSettings } from './graph-settings.js';

export interface AppGraphOptions {
  config: Config;
  directory: SchoolDirectory;
  now: () => number;
  send?: typeof fetch;
  warn(msg: string, fields: Record<string, unknown>): void;
}

/** Every group id the tenant's schools map (roles, category readers, escalation): the only ones Lantern asks Graph about. */
export const candidateGroupIds = (schools: readonly School[]) => [...new Set(schools.flatMap((s) => configGroupIds(s.access)))];

/** Microsoft Graph for one Lantern process, or undefined when GRAPH_* is not configured. */
export function graphForApp(opts: AppGraphOptions): GraphServices | undefined {
  const settings = graphSettings(opts.config);
  if (!settings) return undefined;
  return createGraphServices(settings, {
    candidates: async (tenantId) => candidateGroupIds(await opts.directory.schoolsOf(tenantId)),
    now: opts.now,
    send: opts.send,
    onFailure: (f) => opts.warn('Microsoft Graph call failed; access refused', { status: f.status, code: f.code }),
  });
}
