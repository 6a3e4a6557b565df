/**
 * Entra ID authority helpers. Production must use a real Entra authority;
 * local mode points the same validator at the dev IdP instead.
 */
export const ENTRA_AUTHORITY = 'https://login.microsoftonline.com';

/** Hosts of the Entra ID public cloud and the US Government and China national clouds. */
const ENTRA_HOSTS: ReadonlySet<string> = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
]);

/** True only for a bare `https://<entra host>` URL (no port, path, query or credentials). */
export function isEntraAuthority(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    ENTRA_HOSTS.has(parsed.hostname) &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname === '/' &&
    parsed.search === '' &&
    parsed.hash === ''
  );
}

/** Strips trailing slashes so URLs built from the authority are stable. */
export function normalizeAuthority(authority: string): string {
  const trimmed = authority.trim().replace(/\/+$/, '');
  const parsed = new URL(trimmed); // throws on garbage
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`Authority must be an http(s) URL`);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new Error('Authority must not contain a query or fragment');
  }
  return trimmed;
}

/** The `iss` of v2.0 access tokens for one tenant. */
export const issuerFor = (authority: string, tenantId: string) =>
  `${normalizeAuthority(authority)}/${tenantId}/v2.0`;

/** Where the tenant's signing keys are published. */
export const jwksUriFor = (authority: string, tenantId: string) =>
  `${normalizeAuthority(authority)}/${tenantId}/discovery/v2.0/keys`;

/** The tenant's OpenID Connect discovery document. */
export const openIdConfigurationUriFor = (authority: string, tenantId: string) =>
  `${issuerFor(authority, tenantId)}/.well-known/openid-configuration`;
