import { useResource } from '../../api/use-resource.js';
import { AGENCIES, agencyLabel } from '../../format/referral-labels.js';
import type { ReferralSettings } from './types.js';

const STANDARD = AGENCIES.map((id) => ({ id, label: agencyLabel(id) }));

/**
 * The agencies a DSL can refer to: the school's own list (renamed ones and
 * those it added), or the standard six while it loads or if it cannot be read.
 * Asks nothing until `when` is true.
 */
export function useSchoolAgencies(when: boolean): { id: string; label: string }[] {
  const settings = useResource<ReferralSettings>(when ? '/api/referral-settings' : null);
  return settings.data?.agencies.map(({ id, label }) => ({ id, label })) ?? STANDARD;
}
