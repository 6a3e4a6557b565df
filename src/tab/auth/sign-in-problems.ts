import { ApiError } from '../api/client.js';

/** Why signing in failed, in terms of what the person can do about it. */
export type SignInProblem = 'consent' | 'other-tenant' | 'not-set-up' | 'no-access' | 'network' | 'unknown';

export interface SignInAdvice {
  title: string;
  /** What happened, in words. */
  what: string;
  /** What to do next. */
  todo: string;
}

export const SIGN_IN_ADVICE: Record<SignInProblem, SignInAdvice> = {
  consent: {
    title: 'Lantern needs your permission',
    what: 'Microsoft Teams could not sign you in to Lantern because permission to use your account has not been given yet.',
    todo: 'Select Try again and accept the permissions request. If no request appears, ask your IT administrator to grant consent for Lantern for the whole school.',
  },
  'other-tenant': {
    title: "This account is not from your school's organisation",
    what: "You are signed in to Teams with an account from another organisation (for example a personal or guest account), and Lantern only accepts accounts from your school's own.",
    todo: 'Switch Teams to your school account, then open Lantern again.',
  },
  'not-set-up': {
    title: 'Lantern is not set up for your school yet',
    what: 'You signed in, but Lantern has no school configured for your organisation.',
    todo: 'Ask your IT administrator to finish setting Lantern up for your school.',
  },
  'no-access': {
    title: 'You do not have access to Lantern',
    what: 'You are not in any of the groups that give access to Lantern at your school.',
    todo: 'Ask your Lantern admin or designated safeguarding lead to add you.',
  },
  network: {
    title: 'Lantern could not be reached',
    what: 'Your device could not connect to Lantern or to Microsoft sign-in.',
    todo: 'Check your internet connection, then select Try again.',
  },
  unknown: {
    title: 'Lantern could not sign you in',
    what: 'Something went wrong while signing you in.',
    todo: 'Select Try again. If it keeps happening, tell your IT administrator what you were doing and when.',
  },
};

/** A failure of Teams single sign-on (teams-js authentication.getAuthToken), not of Lantern's API. */
export class SsoFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SsoFailure';
  }
}

const SSO_PATTERNS: [RegExp, SignInProblem][] = [
  [/consent|interaction_required|AADSTS65001|CancelledByUser|resourceRequiresMfa/i, 'consent'],
  [/AADSTS50020|AADSTS90072|AADSTS50177|does not exist in tenant|tenant/i, 'other-tenant'],
  [/network|timed? ?out|offline|failed to fetch|internalError.*connect/i, 'network'],
];

const API_REASONS: Record<string, SignInProblem> = { other_tenant: 'other-tenant', school_not_set_up: 'not-set-up', no_lantern_role: 'no-access' };

/** Maps what went wrong (an SSO failure, an API answer, or no connection) to advice a person can act on. */
export function signInProblem(error: unknown): SignInProblem {
  if (error instanceof SsoFailure) return SSO_PATTERNS.find(([pattern]) => pattern.test(error.reason))?.[1] ?? 'unknown';
  if (error instanceof ApiError) {
    if (error.reason && API_REASONS[error.reason]) return API_REASONS[error.reason]!;
    if (error.code === 'forbidden') return 'no-access';
    return error.status === 0 ? 'network' : 'unknown';
  }
  return error instanceof TypeError ? 'network' : 'unknown'; // fetch rejects with a TypeError when there is no connection
}

/** teams-js rejects with an Error or a bare string; either way, keep the reason it gave. */
export const asSsoFailure = (e: unknown) => new SsoFailure(e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e));
