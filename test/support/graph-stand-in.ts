import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import { decodeProtectedHeader, importX509, jwtVerify } from 'jose';
import { Agent, fetch as undiciFetch } from 'undici';
import { loadOrCreateTls } from '../../src/store/embedded/tls.js';

/**
 * A small Microsoft Graph + Entra token endpoint over HTTPS on loopback, for
 * tests that drive the real Graph client and msal-node against it: paging
 * (@odata.nextLink), faults (429 + Retry-After, 5xx, Directory_ResultSizeLimitExceeded),
 * and a count of every request. Responses are never chained off writeHead
 * (restify patches it to return nothing in processes that load it).
 */
export interface StandInUser { id: string; displayName: string; userPrincipalName?: string; userType?: 'Member' | 'Guest' }
export interface StandInGroup { id: string; displayName: string; members: string[]; securityEnabled?: boolean }
export interface StandInStudent { id: string; givenName?: string; surname?: string; primaryRole?: string; student?: Record<string, string | undefined> }
export interface StandInServicePrincipal { id: string; appId: string; displayName: string; appRoles: { id: string; value: string }[] }
export interface Fault { match: RegExp; status: number; code?: string; retryAfter?: number; times?: number }

export interface GraphStandIn {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Its own certificate and key (PEM): also accepted as the app's certificate credential. */
  certificatePem: string;
  /** fetch that trusts the stand-in's self-signed certificate. */
  fetch: typeof fetch;
  users: Map<string, StandInUser>;
  groups: Map<string, StandInGroup>;
  students: Map<string, StandInStudent[]>;
  pageSize: number;
  fail(fault: Fault): void;
  clearFaults(): void;
  /** Activity-feed notifications received (POST /users/{id}/teamwork/sendActivityNotification), with their bodies. */
  activityNotifications: { userId: string; body: Record<string, unknown> }[];
  /** Requests received, as "METHOD /path" (query excluded). */
  requests: string[];
  count(match: RegExp): number;
  tokensIssued(): number;
  /**
   * App Service's managed identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER) for the identity
   * STAND_IN_IDENTITY_CLIENT_ID; while `trustsManagedIdentity`, the app registration accepts that
   * identity's token-exchange token as its client assertion (a federated identity credential).
   */
  managedIdentity: { endpoint: string; header: string; clientId: string };
  trustsManagedIdentity: boolean;
  /** How each app-only token was obtained: 'secret', 'certificate' or 'managed-identity'. */
  grants: string[];
  /** Teams apps installed for users (POST /users/{id}/teamwork/installedApps), by user id: the catalogue app id and the personal chat's id. */
  installations: Map<string, { appId: string; id: string; chatId: string }>;
  /** Service principals (GET /servicePrincipals?$filter=appId eq '…'), by object id, with the app roles they offer. */
  servicePrincipals: Map<string, StandInServicePrincipal>;
  /** Application permissions granted (POST /servicePrincipals/{id}/appRoleAssignments). */
  appRoleAssignments: { principalId: string; resourceId: string; appRoleId: string }[];
  close(): Promise<void>;
}

export const STAND_IN_CLIENT_ID = '3c1d2e4f-0000-4000-8000-00000000c11e';
export const STAND_IN_IDENTITY_CLIENT_ID = '5e6f7a8b-0000-4000-8000-0000000001d0';
const IDENTITY_HEADER = 'stand-in-identity-header';

export async function startGraphStandIn(): Promise<GraphStandIn> {
  const tls = await loadOrCreateTls();
  let faults: (Fault & { left: number })[] = [];
  let issued = 0;
  const tokens = new Set<string>();
  const exchangeTokens = new Set<string>();
  const state = { trustsManagedIdentity: true, grants: [] as string[], installations: new Map(), servicePrincipals: new Map(), appRoleAssignments: [], users: new Map(), groups: new Map(), students: new Map(), pageSize: 100, requests: [] as string[], activityNotifications: [] } as Pick<GraphStandIn, 'users' | 'groups' | 'students' | 'pageSize' | 'requests' | 'activityNotifications' | 'trustsManagedIdentity' | 'grants' | 'installations' | 'servicePrincipals' | 'appRoleAssignments'>;
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    void readBody(req).then((body) => handle(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new Agent({ connect: { ca: tls.cert } });

  function handle(req: IncomingMessage, res: ServerResponse, body: string) {
    const url = new URL(req.url ?? '/', baseUrl);
    const line = `${req.method} ${url.pathname}`;
    state.requests.push(line);
    const fault = faults.find((f) => f.left > 0 && f.match.test(line));
    if (fault) {
      fault.left--;
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      return send(res, fault.status, { error: { code: fault.code ?? 'serviceUnavailable', message: 'stand-in fault' } }, headers);
    }
    if (url.pathname === '/msi/token') return managedIdentityToken(req, url, res);
    if (url.pathname.includes('/oauth2/v2.0/token') || url.pathname.endsWith('/openid-configuration')) return void identity(url, res, body);
    if (!tokens.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))) {
      return send(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is missing or invalid.' } });
    }
    return graph(req, url, res, body);
  }

  /** A client assertion signed with the stand-in's own certificate (the app's certificate credential). */
  async function certificateOk(assertion: string | null): Promise<boolean> {
    if (!assertion) return false;
    const thumbprint = createHash('sha256').update(new X509Certificate(tls.cert).raw).digest('base64url');
    if (decodeProtectedHeader(assertion)['x5t#S256'] !== thumbprint) return false;
    const alg = decodeProtectedHeader(assertion).alg ?? 'PS256';
    // Like Entra, allow clock skew: msal rounds nbf, so a strict check fails about half the time.
    return jwtVerify(assertion, await importX509(tls.cert, alg), { clockTolerance: 60 }).then(() => true, () => false);
  }

  /** App Service's identity endpoint: a token for `resource`, for the one identity it hosts. */
  function managedIdentityToken(req: IncomingMessage, url: URL, res: ServerResponse) {
    if (req.headers['x-identity-header'] !== IDENTITY_HEADER) return send(res, 401, { error: 'unauthorized', error_description: 'X-IDENTITY-HEADER is missing or wrong.' });
    const asked = url.searchParams.get('client_id');
    if (asked && asked !== STAND_IN_IDENTITY_CLIENT_ID) return send(res, 400, { error: 'invalid_request', error_description: 'No such identity.' });
    const resource = url.searchParams.get('resource') ?? '';
    const token = `stand-in-identity-token-${++issued}`;
    if (resource === 'api://AzureADTokenExchange') exchangeTokens.add(token);
    return send(res, 200, { access_token: token, expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource, token_type: 'Bearer', client_id: STAND_IN_IDENTITY_CLIENT_ID });
  }

  /** Which credential a token request proves itself with, if any the stand-in accepts. */
  async function proofOf(form: URLSearchParams): Promise<string | undefined> {
    if (form.get('client_secret') === 'stand-in-secret') return 'secret';
    const assertion = form.get('client_assertion');
    if (assertion && exchangeTokens.has(assertion)) return state.trustsManagedIdentity ? 'managed-identity' : undefined;
    return (await certificateOk(assertion)) ? 'certificate' : undefined;
  }

  async function identity(url: URL, res: ServerResponse, body: string) {
    const tenant = url.pathname.split('/')[1];
    if (url.pathname.endsWith('/openid-configuration')) {
      const t = `${baseUrl}/${tenant}`;
      return send(res, 200, { token_endpoint: `${t}/oauth2/v2.0/token`, authorization_endpoint: `${t}/oauth2/v2.0/authorize`, issuer: `${t}/v2.0`, jwks_uri: `${t}/discovery/v2.0/keys`, end_session_endpoint: `${t}/oauth2/v2.0/logout` });
    }
    const form = new URLSearchParams(body);
    const proof = await proofOf(form);
    if (form.get('client_id') !== STAND_IN_CLIENT_ID || !proof || form.get('grant_type') !== 'client_credentials') {
      return send(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
    }
    state.grants.push(proof);
    const token = `stand-in-token-${++issued}`;
    tokens.add(token);
    return send(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
  }

  function graph(req: IncomingMessage, url: URL, res: ServerResponse, body: string) {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const json = () => (body ? (JSON.parse(body) as Record<string, unknown>) : {});
    if (req.method === 'POST' && parts[1] === 'users' && parts[3] === 'checkMemberGroups') return checkMemberGroups(res, parts[2]!, json().groupIds as string[]);
    if (req.method === 'POST' && parts[1] === 'users' && parts[3] === 'teamwork' && parts[4] === 'sendActivityNotification') return activityNotification(res, parts[2]!, json());
    if (parts[1] === 'users' && parts[3] === 'teamwork' && parts[4] === 'installedApps') return installedApps(req, url, res, parts, json);
    if (req.method === 'GET' && parts[1] === 'groups' && parts[3] === 'transitiveMembers') return transitiveMembers(url, res, parts[2]!);
    if (req.method === 'GET' && parts[1] === 'groups' && parts.length === 2) return searchGroups(req, url, res);
    if (req.method === 'POST' && parts[1] === 'groups' && parts.length === 2) return createGroup(res, json());
    if (parts[1] === 'servicePrincipals') return servicePrincipals(req, url, res, parts, json);
    if (req.method === 'POST' && parts[1] === 'directoryObjects' && parts[2] === 'getByIds') {
      const ids = (json().ids as string[]).map((id) => id.toLowerCase());
      return send(res, 200, { value: [...state.groups.values()].filter((g) => ids.includes(g.id)).map(groupJson) });
    }
    if (req.method === 'GET' && parts[1] === 'education' && parts[2] === 'schools' && parts[4] === 'users') {
      return page(url, res, (state.students.get(parts[3]!) ?? []).map((s) => ({ primaryRole: 'student', ...s })));
    }
    return send(res, 404, { error: { code: 'Request_ResourceNotFound', message: `No stand-in route for ${req.method} ${url.pathname}` } });
  }

  function checkMemberGroups(res: ServerResponse, userId: string, groupIds: string[]) {
    if (!Array.isArray(groupIds) || groupIds.length > 20) return send(res, 400, { error: { code: 'Request_BadRequest', message: 'At most 20 groupIds.' } });
    if (!state.users.has(userId.toLowerCase())) return send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'No such user.' } });
    const memberOf = groupsOf(userId.toLowerCase());
    return send(res, 200, { value: groupIds.filter((g) => memberOf.has(g.toLowerCase())) });
  }

  /** Like Graph: 204 No Content for a known user; 404 when there is no such user. */
  function activityNotification(res: ServerResponse, userId: string, body: Record<string, unknown>) {
    if (!state.users.has(userId.toLowerCase())) return send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'No such user.' } });
    if (typeof body.activityType !== 'string' || typeof body.topic !== 'object') return send(res, 400, { error: { code: 'BadRequest', message: 'activityType and topic are required.' } });
    state.activityNotifications.push({ userId: userId.toLowerCase(), body });
    res.writeHead(204);
    res.end();
  }

  /** Like Graph: install (201, or 409 when installed), list with $filter on teamsApp/id, and the installation's chat. */
  function installedApps(req: IncomingMessage, url: URL, res: ServerResponse, parts: string[], json: () => Record<string, unknown>) {
    const userId = parts[2]!.toLowerCase();
    if (!state.users.has(userId)) return send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'No such user.' } });
    const mine = state.installations.get(userId);
    if (req.method === 'POST' && parts.length === 5) {
      const appId = /\/appCatalogs\/teamsApps\/([^/]+)$/.exec(String(json()['teamsApp@odata.bind'] ?? ''))?.[1];
      if (!appId) return send(res, 400, { error: { code: 'BadRequest', message: 'teamsApp@odata.bind is required.' } });
      if (mine) return send(res, 409, { error: { code: 'Conflict', message: 'The app is already installed.' } });
      state.installations.set(userId, { appId, id: `installation-${userId}`, chatId: `19:${userId}_lantern@unq.gbl.spaces` });
      return send(res, 201, {});
    }
    if (req.method === 'GET' && parts.length === 5) {
      const wanted = /teamsApp\/id eq '([^']+)'/.exec(url.searchParams.get('$filter') ?? '')?.[1];
      const value = mine && (!wanted || wanted === mine.appId) ? [{ id: mine.id, teamsApp: { id: mine.appId } }] : [];
      return send(res, 200, { value });
    }
    if (req.method === 'GET' && parts[6] === 'chat' && mine && parts[5] === mine.id) return send(res, 200, { id: mine.chatId });
    return send(res, 404, { error: { code: 'NotFound', message: 'No such installation.' } });
  }

  /** Like Graph: a security group needs displayName, mailNickname, mailEnabled false and securityEnabled true. */
  function createGroup(res: ServerResponse, body: Record<string, unknown>) {
    if (typeof body.displayName !== 'string' || typeof body.mailNickname !== 'string' || body.mailEnabled !== false || body.securityEnabled !== true) {
      return send(res, 400, { error: { code: 'Request_BadRequest', message: 'displayName, mailNickname, mailEnabled and securityEnabled are required.' } });
    }
    const id = randomUUID();
    state.groups.set(id, { id, displayName: body.displayName, members: [], securityEnabled: true });
    return send(res, 201, groupJson(state.groups.get(id)!));
  }

  /** Like Graph: find by appId ($filter), list and add a service principal's app role assignments. */
  function servicePrincipals(req: IncomingMessage, url: URL, res: ServerResponse, parts: string[], json: () => Record<string, unknown>) {
    if (req.method === 'GET' && parts.length === 2) {
      const appId = /appId eq '([^']+)'/.exec(url.searchParams.get('$filter') ?? '')?.[1];
      return send(res, 200, { value: [...state.servicePrincipals.values()].filter((sp) => !appId || sp.appId === appId) });
    }
    const sp = state.servicePrincipals.get(parts[2] ?? '');
    if (!sp || parts[3] !== 'appRoleAssignments') return send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'No such service principal.' } });
    if (req.method === 'GET') return send(res, 200, { value: state.appRoleAssignments.filter((a) => a.principalId === sp.id).map((a) => ({ id: randomUUID(), ...a })) });
    const body = json();
    const resource = state.servicePrincipals.get(String(body.resourceId));
    if (body.principalId !== sp.id || !resource?.appRoles.some((r) => r.id === body.appRoleId)) return send(res, 400, { error: { code: 'Request_BadRequest', message: 'principalId, resourceId and appRoleId must match.' } });
    if (state.appRoleAssignments.some((a) => a.principalId === sp.id && a.appRoleId === body.appRoleId && a.resourceId === resource.id)) {
      return send(res, 400, { error: { code: 'Request_BadRequest', message: 'Permission being assigned already exists on the object' } });
    }
    const assignment = { principalId: sp.id, resourceId: resource.id, appRoleId: String(body.appRoleId) };
    state.appRoleAssignments.push(assignment);
    return send(res, 201, { id: randomUUID(), ...assignment });
  }

  /** Every group a directory object is in, nested groups included. */
  function groupsOf(id: string, seen = new Set<string>()): Set<string> {
    for (const g of state.groups.values()) {
      if (g.members.includes(id) && !seen.has(g.id)) {
        seen.add(g.id);
        groupsOf(g.id, seen);
      }
    }
    return seen;
  }

  function transitiveMembers(url: URL, res: ServerResponse, groupId: string) {
    const group = state.groups.get(groupId.toLowerCase());
    if (!group) return send(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'No such group.' } });
    const found = new Set<string>();
    const walk = (g: StandInGroup) =>
      g.members.forEach((m) => {
        if (found.has(m)) return;
        found.add(m);
        const nested = state.groups.get(m);
        if (nested) walk(nested);
      });
    walk(group);
    const objects = [...found].map((id) => (state.users.has(id) ? userJson(state.users.get(id)!) : { '@odata.type': '#microsoft.graph.group', ...groupJson(state.groups.get(id)!) }));
    return page(url, res, objects);
  }

  function searchGroups(req: IncomingMessage, url: URL, res: ServerResponse) {
    if (req.headers.consistencylevel !== 'eventual') return send(res, 400, { error: { code: 'Request_UnsupportedQuery', message: '$search needs ConsistencyLevel: eventual.' } });
    const text = /"displayName:(.*)"/.exec(url.searchParams.get('$search') ?? '')?.[1]?.toLowerCase() ?? '';
    return send(res, 200, { value: [...state.groups.values()].filter((g) => g.displayName.toLowerCase().includes(text)).map(groupJson) });
  }

  function page(url: URL, res: ServerResponse, all: object[]) {
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
    const next = new URL(url);
    next.searchParams.set('$skiptoken', String(skip + state.pageSize));
    const more = skip + state.pageSize < all.length;
    return send(res, 200, { value: all.slice(skip, skip + state.pageSize), ...(more ? { '@odata.nextLink': next.toString() } : {}) });
  }

  return Object.assign(state, {
    baseUrl,
    clientId: STAND_IN_CLIENT_ID,
    clientSecret: 'stand-in-secret',
    certificatePem: `${tls.cert}\n${tls.key}`,
    fetch: ((input: string, init?: object) => undiciFetch(input, { ...init, dispatcher: agent } as never)) as unknown as typeof fetch,
    fail: (f: Fault) => void faults.push({ ...f, left: f.times ?? Number.POSITIVE_INFINITY }),
    clearFaults: () => void (faults = []),
    count: (match: RegExp) => state.requests.filter((r) => match.test(r)).length,
    tokensIssued: () => issued,
    managedIdentity: { endpoint: `${baseUrl}/msi/token`, header: IDENTITY_HEADER, clientId: STAND_IN_IDENTITY_CLIENT_ID },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await agent.close();
    },
  });
}

const userJson = (u: StandInUser) => ({ '@odata.type': '#microsoft.graph.user', id: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName ?? null, userType: u.userType ?? 'Member' });
const groupJson = (g: StandInGroup) => ({ id: g.id, displayName: g.displayName, description: null, securityEnabled: g.securityEnabled ?? true });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
