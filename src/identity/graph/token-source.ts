import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfidentialClientApplication, LogLevel, ManagedIdentityApplication, type NodeSystemOptions } from '@azure/msal-node';
import { toGraphFailure } from './graph-errors.js';
import { fetchNetworkModule } from './msal-network.js';

/** How Lantern proves itself to Entra ID for app-only Graph calls. */
export type GraphCredential =
  | { kind: 'secret'; clientId: string; secret: string }
  | { kind: 'certificate'; clientId: string; pemFile: string }
  | { kind: 'managedIdentity'; clientId?: string }
  /** The app registration `clientId`, which trusts the managed identity as a federated credential: no secret exists. */
  | { kind: 'federated'; clientId: string; identityClientId?: string };

/** The audience of a managed identity token that an app registration's federated credential accepts. */
export const TOKEN_EXCHANGE_RESOURCE = 'api://AzureADTokenExchange';

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

/** App-only tokens with msal-node: client credentials (secret, certificate or a managed identity's assertion) or a managed identity. */
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
  const proof =
    credential.kind === 'secret'
      ? { clientSecret: credential.secret }
      : credential.kind === 'certificate'
        ? { clientCertificate: certificate(credential.pemFile) }
        : { clientAssertion: managedIdentityAssertion(credential.identityClientId, system) };
  const authority = `${opts.authority.replace(/\/+$/, '')}/${opts.tenantId}`;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: credential.clientId,
      authority,
      knownAuthorities: [new URL(authority).host],
      ...proof,
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

/** The managed identity's token for the token exchange audience: the app registration's client assertion. */
function managedIdentityAssertion(identityClientId: string | undefined, system: NodeSystemOptions) {
  const identity = new ManagedIdentityApplication({ managedIdentityIdParams: identityClientId ? { userAssignedClientId: identityClientId } : undefined, system });
  return async () => (await identity.acquireToken({ resource: TOKEN_EXCHANGE_RESOURCE })).accessToken;
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
