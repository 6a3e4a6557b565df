import { z } from 'zod';
import { ENTRA_AUTHORITY, isEntraAuthority } from '../identity/authority.js';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
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
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(4 * 1024 * 1024).default(256 * 1024),
    ACCESS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** The bot's app registration (or user-assigned managed identity client id). Empty = no Bot Connector auth (local only). */
    MICROSOFT_APP_ID: z.string().default(''),
    MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MICROSOFT_APP_TENANT_ID: z.string().default(''),
    MICROSOFT_APP_PASSWORD: z.string().default(''),
    /** Where users reach Lantern, for links in cards, e.g. https://lantern.contoso.sch.uk */
    PUBLIC_BASE_URL: z.url().optional(),
    /** The Teams app id from the manifest, for deep links into the tab. */
    TEAMS_APP_ID: z.string().default(''),
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
    if (c.COSMOS_KEY) ctx.addIssue({ code: 'custom', path: ['COSMOS_KEY'], message: 'production uses managed identity; remove the account key' });
  });

export type Config = z.infer<typeof configSchema>;

/** Parses the environment or throws one message listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
  throw new Error(`Lantern cannot start: the configuration is not valid.\n${lines.join('\n')}`);
}
