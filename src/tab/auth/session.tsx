import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Me } from '../api/types.js';
import type { Persona } from './dev-sign-in.js';
import type { SignInProblem } from './sign-in-problems.js';
import type { TeamsHost } from './teams-host.js';

export interface ReadySession {
  kind: 'ready';
  api: ApiClient;
  me: Me;
  host?: TeamsHost;
  /** Local mode: the demo persona signed in. */
  persona?: string;
}

export type SessionState =
  | { kind: 'starting'; host?: TeamsHost }
  | { kind: 'choose-persona'; personas: Persona[]; problem?: string }
  | { kind: 'needs-teams' }
  | { kind: 'failed'; problem: SignInProblem; /** The API's own words, when it answered. */ detail?: string; host?: TeamsHost; persona?: string }
  | ReadySession;

export interface SessionValue {
  session: ReadySession;
  /** Local mode: back to the persona picker. */
  switchPersona?: () => void;
}

export const SessionContext = createContext<SessionValue | undefined>(undefined);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in session');
  return value;
}

export const useApi = (): ApiClient => useSession().session.api;
export const useMe = (): Me => useSession().session.me;
