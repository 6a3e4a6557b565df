import { z } from 'zod';
import { ENTRA_AUTHORITY, isEntraAuthority } from '../identity/authority.js';
import { graphConfigProblems } from '../identity/graph/graph-config.js';
import { schoolsBootstrapEnv } from '../core/validation/school-bootstrap.js';

const guid = z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a GUID') }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');


/** Configuration from the environment, checked once at boot. */
export const configSchema = z
  .object({
    LANTERN_MODE: z.enum(['local', 'production']).default('production'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().optional(),
    TENANT_ID: guid,
    API_CLIENT_ID: guid,
    /** Extra accepted audiences, e.g. api://host/clientId. */
    API_AUDIENCES: csv.default([]),
    AUTH_AUTHORITY: z.url().default(ENTRA_AUTHORITY),
    ALLOWED_CLIENT_IDS: csv.optional(),
    COSMOS_ENDPOINT: z.url().optional(),
    COSMOS_KEY: z.string().min(1).optional(),
    COSMOS_DATABASE: z.string().regex(/^[A-Za-z0-9-]{1,64}$/).default('lantern'),
    COSMOS_USE_MANAGED_IDENTITY: bool.default(false),
    /** Local mode: the PEM certificate a self-hosted store presents (the embedded server run on its own, `src/ops/store-server.ts`). */
    COSMOS_CA_FILE: z.string().min(1).optional(),
    /** Azure Blob Storage for documents and kept copies (docs/configuration.md), e.g. https://lanternfiles.blob.core.windows.net; local mode starts Azurite. */
    BLOB_ENDPOINT: z.url().optional(),
    /** Local mode only: the account key (Azurite's development key). Production authenticates with the managed identity. */
    BLOB_ACCOUNT_KEY: z.string().min(1).optional(),
    /** Refused in production (key or SAS authentication); named here so a leftover one is caught at boot. */
    AZURE_STORAGE_CONNECTION_STRING: z.string().optional(),
    /** Largest document one upload may carry, in MB (default 25). */
    DOCUMENT_MAX_MB: z.coerce.number().int().min(1).max(200).default(25),
    /** Most documents one record may hold (default 20). */
    DOCUMENTS_PER_RECORD: z.coerce.number().int().min(1).max(500).default(20),
    /** An upload still pending after this many minutes was interrupted: the sweep finishes or removes it (0 = no sweep). */
    PENDING_UPLOAD_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(4 * 1024 * 1024).default(256 * 1024),
    /** How often each instance sweeps referrals for due and overdue milestones; 0 turns the sweep off. */
    ALERT_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
    /** How often each instance checks for finished UTC days to anchor in the audit trail; 0 turns it off (docs/adr/0002). */
    AUDIT_ANCHOR_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
    ACCESS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** The bot's app registration (or user-assigned managed identity client id). Empty = no Bot Connector auth (local only). */
    MICROSOFT_APP_ID: z.string().default(''),
    MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MICROSOFT_APP_TENANT_ID: z.string().default(''),
    MICROSOFT_APP_PASSWORD: z.string().default(''),
    /** Where users reach Lantern, for links in cards, e.g. https://lantern.contoso.sch.uk */
    PUBLIC_BASE_URL: z.url().optional(),
    /** The Teams app id from the manifest, for deep links into the tab until the app is published. */
    TEAMS_APP_ID: z.string().default(''),
    /** The Bot Connector address for chats Lantern opens by installing itself for someone (Teams' global one unless told otherwise). */
    TEAMS_SERVICE_URL: z.url().default('https://smba.trafficmanager.net/teams/'),
    /** The app's id in the organisation's catalogue once published (differs from the manifest id); deep links use it when set. */
    TEAMS_CATALOG_APP_ID: z.union([z.literal(''), guid]).default(''),
    /** Application Insights: when set, traces, metrics and Cosmos DB request charges are exported (src/telemetry). */
    APPLICATIONINSIGHTS_CONNECTION_STRING: z
      .string()
      .regex(/(^|;)\s*(InstrumentationKey|IngestionEndpoint)=/i, 'must be an Application Insights connection string')
      .optional(),
    /** Send telemetry with the managed identity (an Application Insights resource with local auth disabled). */
    APPLICATIONINSIGHTS_USE_MANAGED_IDENTITY: bool.default(false),
    /** Client id of the user-assigned managed identity that DefaultAzureCredential and telemetry use. */
    AZURE_CLIENT_ID: guid.optional(),
    /** Microsoft Graph, app-only: an app registration with a secret or certificate, or the managed identity (docs/access.md). */
    GRAPH_CLIENT_ID: guid.optional(),
    GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
    GRAPH_CERTIFICATE_PATH: z.string().min(1).optional(),
    GRAPH_USE_MANAGED_IDENTITY: bool.default(false),
    GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com'),
    GRAPH_AUTHORITY: z.url().optional(),
    /** How long a person's group memberships from Graph are cached: a removal takes effect within this window. */
    MEMBERSHIP_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
    /** How often rosters sync from School Data Sync (schools that name an SDS school); 0 turns it off. */
    ROSTER_SYNC_HOURS: z.coerce.number().int().min(0).max(168).default(24),
    /** JSON array of schools (id, name, staffGroups, dslGroups, adminGroups, …) created at start if missing (docs/access.md). */
    LANTERN_SCHOOLS: schoolsBootstrapEnv.optional(),
    /** Admission control (docs/adr/0008-admission-control.md): requests per window per user (tid+oid) and per client address; 0 = no limit. */
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    RATE_LIMIT_PER_USER: z.coerce.number().int().min(0).max(1_000_000).default(600),
    RATE_LIMIT_PER_IP: z.coerce.number().int().min(0).max(1_000_000).default(6000),
    /** Loopback callers (local mode, the benchmark, operator commands on the host) are not rate limited; unset = on in local mode, off in production (which refuses `true`). */
    RATE_LIMIT_EXEMPT_LOOPBACK: bool.optional(),
    /** Proxies in front of the app that append to X-Forwarded-For (App Service: 1, production allows no more); 0 = use the socket's address. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** HTTP server limits against slow or oversized requests (src/api/server-timeouts.ts). */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(75_000),
    HTTP_MAX_HEADER_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024).default(32 * 1024),
  })
  .superRefine((c, ctx) => {
    if (c.LANTERN_MODE !== 'production') return;
    if (!isEntraAuthority(c.AUTH_AUTHORITY)) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_AUTHORITY'], message: `production accepts only ${ENTRA_AUTHORITY}; the dev issuer is for local mode` });
    }
    if (!c.COSMOS_ENDPOINT) ctx.addIssue({ code: 'custom', path: ['COSMOS_ENDPOINT'], message: 'is required in production' });
    if (!c.MICROSOFT_APP_ID) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_ID'], message: 'is required in production (an empty id turns Bot Connector authentication off)' });
    }
    if (c.COSMOS_CA_FILE) ctx.addIssue({ code: 'custom', path: ['COSMOS_CA_FILE'], message: 'is for local mode only; production trusts the public certificate authorities' });
    if (c.COSMOS_KEY) ctx.addIssue({ code: 'custom', path: ['COSMOS_KEY'], message: 'production uses managed identity; remove the account key' });
    if (c.BLOB_ACCOUNT_KEY) ctx.addIssue({ code: 'custom', path: ['BLOB_ACCOUNT_KEY'], message: 'production uses managed identity for blob storage; remove the account key' });
    if (c.AZURE_STORAGE_CONNECTION_STRING) ctx.addIssue({ code: 'custom', path: ['AZURE_STORAGE_CONNECTION_STRING'], message: 'production refuses storage keys and SAS; set BLOB_ENDPOINT and grant the managed identity Storage Blob Data Contributor' });
    if (c.BLOB_ENDPOINT && (!c.BLOB_ENDPOINT.startsWith('https://') || /[?&](sig|sv)=/i.test(c.BLOB_ENDPOINT))) {
      ctx.addIssue({ code: 'custom', path: ['BLOB_ENDPOINT'], message: 'must be the account\'s https:// blob endpoint with no SAS token in production' });
    }
    if (!c.COSMOS_USE_MANAGED_IDENTITY) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_USE_MANAGED_IDENTITY'], message: 'must be true in production (Cosmos DB key authentication is refused)' });
    }
    if (c.MICROSOFT_APP_TENANT_ID && !guid.safeParse(c.MICROSOFT_APP_TENANT_ID).success) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: 'must be a GUID' });
    }
    if (c.MICROSOFT_APP_TYPE === 'UserAssignedMSI' && !c.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: 'is required for a managed-identity bot' });
    }
    if (c.PUBLIC_BASE_URL && !c.PUBLIC_BASE_URL.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_BASE_URL'], message: 'must be an https:// address in production' });
    }
    if (c.RATE_LIMIT_EXEMPT_LOOPBACK) {
      ctx.addIssue({ code: 'custom', path: ['RATE_LIMIT_EXEMPT_LOOPBACK'], message: 'must not be true in production (a request that seems to come from loopback is rate limited like any other)' });
    }
    if (c.TRUST_PROXY_HOPS > 1) {
      ctx.addIssue({ code: 'custom', path: ['TRUST_PROXY_HOPS'], message: "must be 0 or 1 in production: App Service's front end is the only proxy that appends to X-Forwarded-For; earlier entries are the client's own claims" });
    }
    if (c.APPLICATIONINSIGHTS_USE_MANAGED_IDENTITY && !c.APPLICATIONINSIGHTS_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['APPLICATIONINSIGHTS_CONNECTION_STRING'], message: 'is required when APPLICATIONINSIGHTS_USE_MANAGED_IDENTITY is true' });
    }
  }, { when: (payload) => typeof payload.value === 'object' && payload.value !== null }) // also when other settings are invalid: name every problem at once
  .superRefine((c, ctx) => graphConfigProblems(c).forEach((p) => ctx.addIssue({ code: 'custom', path: [p.path], message: p.message })))
  .refine((c) => c.HTTP_HEADERS_TIMEOUT_MS <= c.HTTP_REQUEST_TIMEOUT_MS, { path: ['HTTP_HEADERS_TIMEOUT_MS'], message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS' });

export type Config = z.infer<typeof configSchema>;

/** Parses the environment: the configuration, or every problem as `NAME: what is wrong`. */
export function parseConfig(env: Record<string, string | undefined>): { config: Config; problems: [] } | { config?: undefined; problems: string[] } {
  const result = configSchema.safeParse(env);
  if (result.success) return { config: result.data, problems: [] };
  return { problems: result.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`) };
}

/** The one message a refused start prints. */
export const refusal = (problems: string[]) => new Error(`Lantern cannot start: the configuration is not valid.\n${problems.map((p) => `  ${p}`).join('\n')}`);

/** Parses the environment or throws one message listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const { config, problems } = parseConfig(env);
  if (config) return config;
  throw refusal(problems);
}
