/**
 * Local mode only: tokens from the dev identity provider for a demo persona.
 * The token stays in memory; only the persona's key goes to sessionStorage so a
 * reload in the same browser tab signs in again.
 */
export interface Persona {
  key: string;
  name: string;
  description: string;
}

const PERSONA_KEY = 'lantern.persona';
const REFRESH_MARGIN_MS = 60_000;

export async function listPersonas(): Promise<Persona[]> {
  const res = await fetch('/dev-idp/personas', { cache: 'no-store', credentials: 'omit' });
  if (!res.ok) throw new Error('The demo personas could not be read.');
  return ((await res.json()) as { items: Persona[] }).items;
}

/** `?persona=` in the address, else the one chosen earlier in this browser tab. */
export function requestedPersona(location: Location = window.location): string | undefined {
  const fromUrl = new URLSearchParams(location.search).get('persona') ?? undefined;
  return fromUrl || sessionStorage.getItem(PERSONA_KEY) || undefined;
}

export const rememberPersona = (key: string) => sessionStorage.setItem(PERSONA_KEY, key);
export const forgetPersona = () => sessionStorage.removeItem(PERSONA_KEY);

async function fetchToken(persona: string): Promise<string> {
  const res = await fetch(`/dev-idp/token?persona=${encodeURIComponent(persona)}`, { cache: 'no-store', credentials: 'omit' });
  const body = (await res.json().catch(() => ({}))) as { token?: string; error?: { message?: string } };
  if (!res.ok || !body.token) throw new Error(body.error?.message ?? `No token for persona "${persona}".`);
  return body.token;
}

const expiresAt = (token: string): number => {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
};

/** A token source for one persona: fetched once, renewed near expiry or when asked. */
export function devTokenSource(persona: string) {
  let current: { token: string; expires: number } | undefined;
  return async (fresh = false): Promise<string> => {
    if (fresh || !current || current.expires - Date.now() < REFRESH_MARGIN_MS) {
      const token = await fetchToken(persona);
      current = { token, expires: expiresAt(token) };
    }
    return current.token;
  };
}
