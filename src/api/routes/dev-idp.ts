import type { Server } from 'restify';
import { sendJson } from '../error-response.js';

export interface DevIdpRoutesConfig {
  tenantId: string;
  openIdConfiguration(): object;
  jwks(): object;
  issueToken(claims: { oid: string; name: string; groups: string[] }): Promise<string>;
  personas: readonly { key: string; oid: string; name: string; description: string; groups: string[] }[];
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Local mode only: the dev identity provider's metadata and keys, and tokens
 * for the demo personas — handed out to loopback callers only.
 */
export function registerDevIdp(server: Server, idp: DevIdpRoutesConfig) {
  const base = `/dev-idp/${idp.tenantId}`;
  server.get(`${base}/v2.0/.well-known/openid-configuration`, (_req, res, next) => {
    sendJson(res, 200, idp.openIdConfiguration());
    next(false);
  });
  server.get(`${base}/discovery/v2.0/keys`, (_req, res, next) => {
    sendJson(res, 200, idp.jwks());
    next(false);
  });
  server.get('/dev-idp/personas', (_req, res, next) => {
    sendJson(res, 200, { items: idp.personas.map(({ key, name, description }) => ({ key, name, description })) });
    next(false);
  });
  server.get('/dev-idp/token', (req, res, next) => {
    const persona = idp.personas.find((p) => p.key === (req.query as Record<string, unknown>)?.persona);
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      sendJson(res, 403, { error: { code: 'forbidden', message: 'Dev tokens are handed out on loopback only.' } });
      return next(false);
    }
    if (!persona) {
      const keys = idp.personas.map((p) => p.key).join(', ');
      sendJson(res, 404, { error: { code: 'not_found', message: `No such persona. Choose one of: ${keys}` } });
      return next(false);
    }
    idp
      .issueToken({ oid: persona.oid, name: persona.name, groups: persona.groups })
      .then((token) => sendJson(res, 200, { token, persona: persona.key }))
      .catch(() => sendJson(res, 500, { error: { code: 'internal', message: 'Could not issue a dev token.' } }))
      .finally(() => next(false));
  });
}
