import { createPublicKey } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWTHeaderParameters, type JWTPayload } from 'jose';
import { DEMO_API_CLIENT_ID, DEMO_TENANT_ID, personaByKey } from '../../src/local/demo-identity.js';
import { TEAMS_HOST_CLIENT_IDS } from '../../src/identity/teams-client-ids.js';
import type { JwksServer } from '../support/jwks-server.js';

/** Helpers that build hand-made (often hostile) tokens for validator tests. */
export const OTHER_TENANT_ID = '9f3c2b1a-0d4e-4f5a-8b6c-7d8e9f0a1b2c';
export const TEAMS_DESKTOP = TEAMS_HOST_CLIENT_IDS[0]!;
export const teacher = personaByKey('teacher')!;

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
export const now = () => Math.floor(Date.now() / 1000);

/** Claims shaped like an Entra v2 access token obtained by Teams desktop. */
export function entraLikeClaims(server: JwksServer, overrides: JWTPayload = {}): JWTPayload {
  const t = now();
  return {
    aud: DEMO_API_CLIENT_ID,
    iss: `${server.authority}/${DEMO_TENANT_ID}/v2.0`,
    iat: t,
    nbf: t,
    exp: t + 3600,
    tid: DEMO_TENANT_ID,
    oid: teacher.oid,
    sub: 'pairwise-subject',
    name: teacher.name,
    azp: TEAMS_DESKTOP,
    scp: 'access_as_user',
    ver: '2.0',
    groups: teacher.groups,
    ...overrides,
  };
}

/** Signs `payload` with the dev IdP's own key (or `key`), header merged over RS256 + kid. */
export async function sign(
  server: JwksServer,
  payload: JWTPayload,
  header: Partial<JWTHeaderParameters> = {},
  key: CryptoKey = server.key.privateKey,
): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: server.key.kid, ...header })
    .sign(key);
}

/** An unsigned token: `alg: none` with an empty signature. */
export const unsigned = (payload: JWTPayload) =>
  `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;

/** Key confusion: HS256 keyed with the IdP's *public* key in PEM form. */
export async function hs256WithPublicPem(server: JwksServer, payload: JWTPayload): Promise<string> {
  const pem = createPublicKey({ key: server.key.publicJwk as never, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: server.key.kid })
    .sign(new TextEncoder().encode(pem));
}

/** A fresh RSA key the IdP has never published, with its public JWK. */
export async function attackerKey() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, publicJwk: await exportJWK(publicKey) };
}

/** Keeps header and signature but swaps in a different payload. */
export function tamper(token: string, change: JWTPayload): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as JWTPayload;
  return `${header}.${b64({ ...claims, ...change })}.${signature}`;
}

export const bearer = (token: string) => `Bearer ${token}`;
