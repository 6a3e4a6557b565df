import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createGraphApi } from '../identity/graph/graph-api.js';
import { createTokenSource, type TokenSource } from '../identity/graph/token-source.js';
import { openOperatorStore } from './operator-store.js';
import { appSettingSchoolWriter, setupTenant, tenantSetupOptionsSchema } from './tenant-setup.js';

/**
 * npm run setup:tenant -- --school st-marys --school-name "St Mary's Primary School" [--dry-run]
 *   [--tenant <id>] [--client-id <id>] [--dsl-group <name or id>] [--staff-group …] [--senco-group …]
 *   [--admin-group …] [--time-zone Europe/London] [--web-app <name> --resource-group <rg>]
 * Creates or picks the Entra security groups, writes the school's configuration — with --web-app, into that
 * web app's LANTERN_SCHOOLS setting (the app creates the school at its next start); otherwise in the store the
 * app uses (COSMOS_ENDPOINT, or the running local instance) — grants admin consent for Lantern's Graph permissions
 * (or prints the admin-consent address) and prints the Teams admin steps. Calls Graph as the account
 * signed in to the Azure CLI (`az login`), or as GRAPH_CLIENT_ID + GRAPH_CLIENT_SECRET when both are set.
 * --dry-run reads and prints; it changes nothing. Running it again creates nothing new.
 */
const flags = {
  'dry-run': { type: 'boolean' },
  tenant: { type: 'string' },
  'client-id': { type: 'string' },
  school: { type: 'string' },
  'school-name': { type: 'string' },
  'time-zone': { type: 'string' },
  'dsl-group': { type: 'string' },
  'staff-group': { type: 'string' },
  'senco-group': { type: 'string' },
  'admin-group': { type: 'string' },
  'web-app': { type: 'string' },
  'resource-group': { type: 'string' },
} as const;

const az = (argv: string[]) => execFileSync('az', [...argv, '--output', 'json'], { encoding: 'utf8', shell: process.platform === 'win32' });

function azureCliTokens(): TokenSource {
  return {
    async getAccessToken() {
      const out = execFileSync('az', ['account', 'get-access-token', '--resource-type', 'ms-graph', '--query', 'accessToken', '--output', 'tsv'], { encoding: 'utf8', shell: process.platform === 'win32' });
      return out.trim();
    },
  };
}

async function main() {
  const env = process.env;
  const { values: a } = parseArgs({ options: flags, strict: true, allowPositionals: false });
  const parsed = tenantSetupOptionsSchema.safeParse({
    tenantId: a.tenant ?? env.TENANT_ID,
    clientId: a['client-id'] ?? env.API_CLIENT_ID ?? env.GRAPH_CLIENT_ID,
    school: a.school,
    schoolName: a['school-name'],
    ...(a['time-zone'] ? { timeZone: a['time-zone'] } : {}),
    ...(a['dsl-group'] ? { dslGroup: a['dsl-group'] } : {}),
    ...(a['staff-group'] ? { staffGroup: a['staff-group'] } : {}),
    ...(a['senco-group'] ? { sencoGroup: a['senco-group'] } : {}),
    ...(a['admin-group'] ? { adminGroup: a['admin-group'] } : {}),
    ...(env.GRAPH_AUTHORITY ? { authority: env.GRAPH_AUTHORITY } : {}),
    dryRun: a['dry-run'] ?? false,
  });
  if (!parsed.success) {
    console.error(`setup:tenant needs:\n${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  const o = parsed.data;
  const baseUrl = env.GRAPH_BASE_URL ?? 'https://graph.microsoft.com';
  const tokens =
    env.GRAPH_CLIENT_ID && env.GRAPH_CLIENT_SECRET
      ? createTokenSource({ tenantId: o.tenantId, authority: o.authority, resource: new URL(baseUrl).origin, credential: { kind: 'secret', clientId: env.GRAPH_CLIENT_ID, secret: env.GRAPH_CLIENT_SECRET }, send: fetch })
      : azureCliTokens();
  const graph = createGraphApi({ baseUrl, tokens, send: fetch, timeoutMs: 30_000 });
  const webApp = a['web-app'];
  if (webApp) {
    // Production: the school goes into the web app's LANTERN_SCHOOLS setting, which the app bootstraps at start.
    const rg = a['resource-group'] ?? env.AZURE_RESOURCE_GROUP_NAME;
    if (!rg) throw new Error('--web-app needs --resource-group (or AZURE_RESOURCE_GROUP_NAME)');
    const target = ['-g', rg, '-n', webApp];
    const writer = appSettingSchoolWriter(
      async () => (JSON.parse(az(['webapp', 'config', 'appsettings', 'list', ...target])) as { name: string; value: string }[]).find((s) => s.name === 'LANTERN_SCHOOLS')?.value,
      async (value) => void az(['webapp', 'config', 'appsettings', 'set', ...target, '--settings', `LANTERN_SCHOOLS=${value}`]),
      webApp,
    );
    console.log(`${o.dryRun ? 'Dry run: ' : ''}setting up tenant ${o.tenantId} for Lantern (web app ${webApp}).`);
    for (const line of (await setupTenant(graph, writer, o)).lines) console.log(line);
    return;
  }
  const { store, client, describe } = openOperatorStore();
  try {
    console.log(`${o.dryRun ? 'Dry run: ' : ''}setting up tenant ${o.tenantId} for Lantern (school store: ${describe}).`);
    const result = await setupTenant(graph, { store, clock: () => new Date(), newId: randomUUID }, o);
    for (const line of result.lines) console.log(line);
  } finally {
    client.dispose();
  }
}

main().catch((e) => {
  console.error(`setup:tenant: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
