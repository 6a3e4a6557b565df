/**
 * Hash routes: stable addresses for every page, e.g. /tab/#/concerns/{id}.
 * Teams deep links carry the same path in subEntityId ("concerns/{id}").
 */
export type Route =
  | { page: 'home' }
  | { page: 'concern'; id: string }
  | { page: 'child'; id: string }
  | { page: 'referral'; id: string }
  | { page: 'referrals'; params: URLSearchParams }
  | { page: 'subject-access-request'; id: string }
  | { page: 'subject-access' }
  | { page: 'alerts' }
  | { page: 'access' }
  | { page: 'audit'; params: URLSearchParams }
  | { page: 'calendar' }
  | { page: 'referral-settings' }
  | { page: 'retention' }
  | { page: 'retention-settings' }
  | { page: 'transfers' }
  | { page: 'transfer'; id: string }
  | { page: 'parental-report' }
  | { page: 'log' }
  | { page: 'mine' }
  | { page: 'actions' }
  | { page: 'search'; params: URLSearchParams }
  | { page: 'adult-concerns' }
  | { page: 'adult-concern'; id: string }
  | { page: 'not-found' };

/** The same shape the API accepts for record ids. */
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

const RECORD_PAGES = { concerns: 'concern', children: 'child', referrals: 'referral', 'subject-access': 'subject-access-request', transfers: 'transfer', 'adult-concerns': 'adult-concern' } as const;

export function parseRoute(path: string): Route {
  const [pathPart = '', queryPart = ''] = path.replace(/^#/, '').replace(/^\/+/, '').split('?');
  const [first = '', second, ...rest] = pathPart.split('/').filter(Boolean);
  if (!first) return { page: 'home' };
  if (first in RECORD_PAGES && second !== undefined && rest.length === 0) {
    const id = safeDecode(second);
    if (id && ID.test(id)) return { page: RECORD_PAGES[first as keyof typeof RECORD_PAGES], id };
    return { page: 'not-found' };
  }
  if (second !== undefined) return { page: 'not-found' };
  if (first === 'log') return { page: 'log' };
  if (first === 'adult-concerns') return { page: 'adult-concerns' };
  if (first === 'retention') return { page: 'retention' };
  if (first === 'retention-settings') return { page: 'retention-settings' };
  if (first === 'transfers') return { page: 'transfers' };
  if (first === 'parents-not-informed') return { page: 'parental-report' };
  if (first === 'mine') return { page: 'mine' };
  if (first === 'actions') return { page: 'actions' };
  if (first === 'referrals') return { page: 'referrals', params: new URLSearchParams(queryPart) };
  if (first === 'alerts') return { page: 'alerts' };
  if (first === 'subject-access') return { page: 'subject-access' };
  if (first === 'access') return { page: 'access' };
  if (first === 'audit') return { page: 'audit', params: new URLSearchParams(queryPart) };
  if (first === 'calendar') return { page: 'calendar' };
  if (first === 'referral-settings') return { page: 'referral-settings' };
  if (first === 'search') return { page: 'search', params: new URLSearchParams(queryPart) };
  return { page: 'not-found' };
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** Links the tab builds itself, always from ids — never from text a person typed. */
export const href = {
  home: () => '#/',
  concern: (id: string) => `#/concerns/${encodeURIComponent(id)}`,
  child: (id: string) => `#/children/${encodeURIComponent(id)}`,
  referral: (id: string) => `#/referrals/${encodeURIComponent(id)}`,
  referrals: (params: Record<string, string> = {}) => {
    const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    return `#/referrals${q ? `?${q}` : ''}`;
  },
  alerts: () => '#/alerts',
  subjectAccessList: () => '#/subject-access',
  subjectAccess: (id: string) => `#/subject-access/${encodeURIComponent(id)}`,
  access: () => '#/access',
  audit: (params: Record<string, string> = {}) => {
    const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    return `#/audit${q ? `?${q}` : ''}`;
  },
  calendar: () => '#/calendar',
  referralSettings: () => '#/referral-settings',
  retention: () => '#/retention',
  retentionSettings: () => '#/retention-settings',
  transfers: () => '#/transfers',
  transfer: (id: string) => `#/transfers/${encodeURIComponent(id)}`,
  parentalReport: () => '#/parents-not-informed',
  log: () => '#/log',
  mine: () => '#/mine',
  myActions: () => '#/actions',
  adultConcerns: () => '#/adult-concerns',
  adultConcern: (id: string) => `#/adult-concerns/${encodeURIComponent(id)}`,
  search: (params: Record<string, string> = {}) => {
    const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    return `#/search${q ? `?${q}` : ''}`;
  },
};

/** A Teams deep link's subEntityId as a hash, if it names a page. */
export function hashFromSubPageId(subPageId: string | undefined): string | undefined {
  if (!subPageId) return undefined;
  const route = parseRoute(subPageId);
  if (route.page === 'not-found' || route.page === 'home') return undefined;
  return `#/${subPageId.replace(/^#?\/*/, '')}`;
}
