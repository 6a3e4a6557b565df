import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication, LogLevel, ManagedIdentityApplication, type NodeSystemOptions } from '@azure/msal-node';
import { toGraphFailure } from './graph-errors.js';
import { fetchNetworkModule } from './msal-network.js';

/** How Lantern proves itself to Entra ID for app-only Graph calls. */
export type GraphCredential =
  | { kind: 'secret'; clientId: string; secret: string }
  | { kind: 'certificate'; clientId: string; pemFile: string }
  | { kind: 'managedIdentity'; clientId?: string };

export interface TokenSourceOptions {
  tenantId: string;
  /** e.g. https://login.microsoftonline.com */
  authority: string;
  /** e.g. https://graph.microsoft.com — the token is for `{resource}/.default`. */
  resource: string;
  credential: GraphCredential;
  send: typeof fetch;
}

export interface TokenSource {
  /** An app-only access token for Graph; MSAL caches it until shortly before it expires. */
  getAccessToken(): Promise<string>;
}

/** App-only tokens with msal-node: client credentials (secret or certificate) or a managed identity. */
export function createTokenSource(opts: TokenSourceOptions): TokenSource {
  const system: NodeSystemOptions = {
    networkClient: fetchNetworkModule(opts.send),
    loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => undefined },
  };
  const acquire = opts.credential.kind === 'managedIdentity' ? managedIdentity(opts, opts.credential, system) : confidentialClient(opts, system);
  return {
    async getAccessToken() {
      try {
        const token = await acquire();
        if (!token) throw new Error('no token');
        return token;
      } catch (e) {
        throw toGraphFailure(e, 'token request');
      }
    },
  };
}

function confidentialClient(opts: TokenSourceOptions, system: NodeSystemOptions) {
  const credential = opts.credential as Exclude<GraphCredential, { kind: 'managedIdentity' }>;
  const authority = `${opts.authority.replace(/\/+$/, '')}/${opts.tenantId}`;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: credential.clientId,
      authority,
      knownAuthorities: [new URL(authority).host],
      ...(credential.kind === 'secret' ? { clientSecret: credential.secret } : { clientCertificate: certificate(credential.pemFile) }),
    },
    system,
  });
  const scopes = [`${opts.resource.replace(/\/+$/, '')}/.default`];
  return async () => (await app.acquireTokenByClientCredential({ scopes }))?.accessToken;
}

function managedIdentity(opts: TokenSourceOptions, credential: { clientId?: string }, system: NodeSystemOptions) {
  const app = new ManagedIdentityApplication({
    managedIdentityIdParams: credential.clientId ? { userAssignedClientId: credential.clientId } : undefined,
    system,
  });
  return async () => (await app.acquireToken({ resource: opts.resource.replace(/\/+$/, '') })).accessToken;
}

/** A PEM file holding the app's certificate and its private key. */
function certificate(pemFile: string) {
  const pem = readFileSync(pemFile, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const privateKey = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!cert || !privateKey) throw new Error(`GRAPH_CERTIFICATE_PATH: ${pemFile} must hold a certificate and its private key (PEM)`);
  const der = new X509Certificate(cert).raw;
  return { thumbprintSha256: createHash('sha256').update(der).digest('hex'), privateKey, x5c: cert };
}
