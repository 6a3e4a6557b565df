/** The federated identity credential by which the app registration trusts the App Service's managed identity. */
export interface FederatedCredential {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
  description?: string;
}

export const CREDENTIAL_NAME = 'lantern-app-service-identity';

/** Trust for tokens Entra issues to the managed identity (its object id) for the token exchange audience. */
export function desiredCredential(tenantId: string, identityPrincipalId: string): FederatedCredential {
  const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!guid.test(tenantId)) throw new Error('TENANT_ID must be a GUID (provision writes it)');
  if (!guid.test(identityPrincipalId)) throw new Error('AZURE_MANAGED_IDENTITY_PRINCIPAL_ID must be a GUID (infra/main.bicep writes it)');
  return {
    name: CREDENTIAL_NAME,
    issuer: `https://login.microsoftonline.com/${tenantId.toLowerCase()}/v2.0`,
    subject: identityPrincipalId.toLowerCase(),
    audiences: ['api://AzureADTokenExchange'],
    description: "Lantern's App Service managed identity calls Microsoft Graph as this app: no client secret",
  };
}

export type Plan = { action: 'none' } | { action: 'create'; credential: FederatedCredential } | { action: 'update'; credential: FederatedCredential };

/** What to do given the app's existing credentials: nothing if already trusted, else create or replace Lantern's. */
export function planCredential(existing: FederatedCredential[], desired: FederatedCredential): Plan {
  const same = (c: FederatedCredential) => c.issuer === desired.issuer && c.subject.toLowerCase() === desired.subject && c.audiences.includes(desired.audiences[0]!);
  if (existing.some(same)) return { action: 'none' };
  return existing.some((c) => c.name === desired.name) ? { action: 'update', credential: desired } : { action: 'create', credential: desired };
}

/** The Azure CLI arguments that carry out a plan on the app registration `appObjectId`. */
export function azArguments(plan: Plan, appObjectId: string): string[] | undefined {
  if (plan.action === 'none') return undefined;
  const parameters = JSON.stringify(plan.credential);
  return plan.action === 'create'
    ? ['ad', 'app', 'federated-credential', 'create', '--id', appObjectId, '--parameters', parameters]
    : ['ad', 'app', 'federated-credential', 'update', '--id', appObjectId, '--federated-credential-id', plan.credential.name, '--parameters', parameters];
}
