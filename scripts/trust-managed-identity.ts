import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { azArguments, desiredCredential, planCredential, type FederatedCredential } from './identity/federated-credential.js';

/**
 * npx tsx scripts/trust-managed-identity.ts [--dry-run]
 * Run by `atk provision` after infra: the app registration (API_APP_OBJECT_ID) trusts the App Service's
 * managed identity (AZURE_MANAGED_IDENTITY_PRINCIPAL_ID) as a federated credential, so Lantern calls
 * Microsoft Graph as the app with no client secret. Idempotent; uses the signed-in Azure CLI.
 */
const { values: args } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const az = (argv: string[]) => execFileSync('az', [...argv, '--output', 'json'], { encoding: 'utf8', shell: process.platform === 'win32' });

try {
  const appObjectId = process.env.API_APP_OBJECT_ID;
  if (!appObjectId) throw new Error('API_APP_OBJECT_ID is not set (aadApp/create writes it)');
  const desired = desiredCredential(process.env.TENANT_ID ?? '', process.env.AZURE_MANAGED_IDENTITY_PRINCIPAL_ID ?? '');
  const existing = args['dry-run'] ? [] : (JSON.parse(az(['ad', 'app', 'federated-credential', 'list', '--id', appObjectId])) as FederatedCredential[]);
  const plan = planCredential(existing, desired);
  const argv = azArguments(plan, appObjectId);
  if (!argv) console.log('The app registration already trusts the managed identity.');
  else if (args['dry-run']) console.log(`Would run: az ${argv.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`);
  else {
    az(argv);
    console.log(`The app registration now trusts the managed identity (${plan.action}d federated credential ${desired.name}).`);
  }
} catch (e) {
  console.error(`trust-managed-identity: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
