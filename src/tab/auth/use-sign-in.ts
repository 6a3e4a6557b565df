import { useCallback, useEffect, useState } from 'react';
import { ApiError, createApiClient, type TokenSource } from '../api/client.js';
import type { Me } from '../api/types.js';
import { devTokenSource, forgetPersona, listPersonas, rememberPersona, requestedPersona } from './dev-sign-in.js';
import type { SessionState } from './session.js';
import { loadTabConfig } from './tab-config.js';
import { asSsoFailure, signInProblem } from './sign-in-problems.js';
import { connectTeams, looksHosted, type TeamsHost } from './teams-host.js';

async function openSession(token: TokenSource, extra: { host?: TeamsHost; persona?: string }): Promise<SessionState> {
  const api = createApiClient({ token });
  try {
    const { data: me } = await api.get<Me>('/api/me');
    return { kind: 'ready', api, me, ...extra };
  } catch (e) {
    return { kind: 'failed', problem: signInProblem(e), ...(e instanceof ApiError ? { detail: e.message } : {}), ...extra };
  }
}

/** Teams SSO failures are told apart from the API's answers: they need different advice. */
const ssoToken = (host: TeamsHost): TokenSource => () => host.getToken().catch((e: unknown) => Promise.reject(asSsoFailure(e)));

async function start(): Promise<SessionState> {
  const host = looksHosted() ? await connectTeams().catch(() => undefined) : undefined;
  if (host) return openSession(ssoToken(host), { host });
  const config = await loadTabConfig();
  if (!config.personaPicker) return { kind: 'needs-teams' };
  const persona = requestedPersona();
  if (persona) return signInAs(persona);
  return { kind: 'choose-persona', personas: await listPersonas() };
}

async function signInAs(persona: string): Promise<SessionState> {
  const token = devTokenSource(persona);
  try {
    await token();
  } catch (e) {
    forgetPersona();
    return { kind: 'choose-persona', personas: await listPersonas(), problem: e instanceof Error ? e.message : String(e) };
  }
  rememberPersona(persona);
  return openSession(token, { persona });
}

/** Signs in once on load: Teams SSO when hosted, else (local mode) a demo persona. */
export function useSignIn() {
  const [state, setState] = useState<SessionState>({ kind: 'starting' });
  const fail = (e: unknown) => setState({ kind: 'failed', problem: signInProblem(e) });
  useEffect(() => {
    start().then(setState, fail);
  }, []);
  const choosePersona = useCallback((persona: string) => {
    setState({ kind: 'starting' });
    signInAs(persona).then(setState, fail);
  }, []);
  const switchPersona = useCallback(() => {
    forgetPersona();
    const url = new URL(window.location.href);
    url.searchParams.delete('persona');
    window.history.replaceState(null, '', url.toString());
    setState({ kind: 'starting' });
    listPersonas().then((personas) => setState({ kind: 'choose-persona', personas }), fail);
  }, []);
  return { state, choosePersona, switchPersona };
}
