import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

export const BOT_CONNECTOR_ISSUER = 'https://api.botframework.com';

/**
 * Stands in for login.botframework.com: OpenID metadata and a JWKS (with the
 * Teams endorsement on the key) over HTTP on loopback, and tokens signed the
 * way the Bot Connector signs them.
 */
export async function startBotConnectorIdp() {
  const kid = randomUUID();
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] };
  const server = createServer((req, res) => {
    const body =
      req.url === '/v1/.well-known/openidconfiguration'
        ? { issuer: BOT_CONNECTOR_ISSUER, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : req.url === '/v1/keys'
          ? { keys: [jwk] }
          : undefined;
    // Not chained: restify in the same process patches writeHead to return nothing.
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(body ? JSON.stringify(body) : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const sign = (claims: { aud: string; serviceUrl: string }, key: CryptoKey = privateKey, keyId = kid) =>
    new SignJWT({ serviceurl: claims.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: keyId, typ: 'JWT' })
      .setIssuer(BOT_CONNECTOR_ISSUER)
      .setAudience(claims.aud)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('10m')
      .sign(key);

  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    /** A token as the Bot Connector would send it to the bot `aud`. */
    token: (aud: string, serviceUrl: string) => sign({ aud, serviceUrl }),
    /** A well-formed token signed with a key the metadata does not publish. */
    async forgedToken(aud: string, serviceUrl: string) {
      const other = await generateKeyPair('RS256');
      return sign({ aud, serviceUrl }, other.privateKey, kid);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
