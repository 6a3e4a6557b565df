// Lantern on Azure: App Service (Node 22) + Cosmos DB (Entra-only) + Blob Storage (Entra-only) + Azure Bot (managed identity)
// + Key Vault + Log Analytics / Application Insights, in one resource group.
// Deployed by the Microsoft 365 Agents Toolkit (m365agents.yml → arm/deploy) with main.parameters.json.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(32)
@description('Environment name (dev, prod…): part of every resource name.')
param environmentName string

param location string = resourceGroup().location

@description('The Microsoft 365 (Entra) tenant whose users and tokens Lantern accepts.')
param tenantId string = tenant().tenantId

@description('Client id of the Entra app registration the tab signs in to (access_as_user).')
param apiClientId string

@secure()
@description('Client secret of that app registration, kept only in Key Vault, for Microsoft Graph; may be empty.')
param apiClientSecret string = ''

@description('Teams app id from the manifest, for deep links.')
param teamsAppId string

@description('The app id in the organisation catalogue, written by `atk publish`; deep links use it once set (empty before publishing).')
param teamsCatalogAppId string = ''

@allowed(['public', 'private'])
@description('private: Cosmos DB reachable only through a private endpoint in a new virtual network.')
param cosmosNetworkMode string = 'public'

@allowed(['B1', 'B2', 'B3', 'S1', 'P0v3', 'P1v3', 'P2v3'])
param appServiceSku string = 'B1'

@description('Host name users reach Lantern on, if you bind a custom domain; empty for the default azurewebsites.net host.')
param customHostName string = ''

@minValue(1000)
param cosmosMaxThroughput int = 1000

@allowed(['Continuous7Days', 'Continuous30Days'])
param cosmosBackupTier string = 'Continuous30Days'

@description('Cosmos DB free tier (one account per subscription may use it).')
param cosmosFreeTier bool = false

@minValue(1)
@description('Days each kept copy of a subject-access release or transfer pack cannot be changed or deleted (7 years by default).')
param keptCopyDays int = 2557

@minValue(1)
@maxValue(365)
@description('Days a deleted or overwritten document can be restored (blob soft delete).')
param blobSoftDeleteDays int = 30

@allowed(['F0', 'S1'])
param botSku string = 'F0'

@minValue(30)
param logRetentionDays int = 90

@maxLength(24)
@description('Any new value gives the Key Vault a new name: a torn-down vault stays soft-deleted, name taken, for 90 days (docs/deploy.md).')
param keyVaultSeed string = ''

@allowed(['default', 'recover'])
@description('recover: bring back the soft-deleted Key Vault of the same name instead of creating one (docs/deploy.md).')
param keyVaultCreateMode string = 'default'

@description('Kudu basic-auth publishing, used by the Agents Toolkit zip deploy; set false if you deploy with Entra credentials.')
param allowScmBasicAuth bool = true

var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = { 'azd-env-name': environmentName, app: 'lantern' }
var databaseName = 'lantern'
var siteName = 'app-lantern-${token}'
var appHost = empty(customHostName) ? '${siteName}.azurewebsites.net' : customHostName
var privateCosmos = cosmosNetworkMode == 'private'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: 'id-lantern-${token}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-lantern-${token}'
    appInsightsName: 'appi-lantern-${token}'
    location: location
    tags: tags
    retentionInDays: logRetentionDays
    publisherPrincipalId: identity.outputs.principalId
  }
}

module network 'modules/network.bicep' = if (privateCosmos) {
  name: 'network'
  params: { name: 'vnet-lantern-${token}', location: location, tags: tags }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: 'cosmos-lantern-${token}'
    location: location
    tags: tags
    databaseName: databaseName
    principalId: identity.outputs.principalId
    maxThroughput: cosmosMaxThroughput
    backupTier: cosmosBackupTier
    freeTier: cosmosFreeTier
    privateNetworking: privateCosmos
    workspaceId: monitoring.outputs.workspaceId
  }
}

module cosmosEndpoint 'modules/cosmos-private-endpoint.bicep' = if (privateCosmos) {
  name: 'cosmos-private-endpoint'
  params: {
    name: 'pe-cosmos-lantern-${token}'
    location: location
    tags: tags
    cosmosAccountId: cosmos.outputs.id
    subnetId: privateCosmos ? network.outputs.privateEndpointSubnetId : ''
    dnsZoneId: privateCosmos ? network.outputs.cosmosDnsZoneId : ''
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stlantern${take(token, 15)}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    keptCopyDays: keptCopyDays
    softDeleteDays: blobSoftDeleteDays
    workspaceId: monitoring.outputs.workspaceId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    // 3-24 characters: 'kv-lantern-' and 13 from the deployment's token and the seed.
    name: 'kv-lantern-${take(empty(keyVaultSeed) ? token : toLower(uniqueString(token, keyVaultSeed)), 13)}'
    createMode: keyVaultCreateMode
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    workspaceId: monitoring.outputs.workspaceId
    apiClientSecret: apiClientSecret
  }
}

// Every setting src/config/config.ts requires in production, and the ones it uses when present
// (test/deploy/app-settings.test.ts checks this list against the config module).
var appSettings = {
  LANTERN_MODE: 'production'
  TENANT_ID: tenantId
  API_CLIENT_ID: apiClientId
  API_AUDIENCES: 'api://${appHost}/${apiClientId}'
  COSMOS_ENDPOINT: cosmos.outputs.endpoint
  COSMOS_DATABASE: databaseName
  COSMOS_USE_MANAGED_IDENTITY: 'true'
  BLOB_ENDPOINT: storage.outputs.blobEndpoint
  AZURE_CLIENT_ID: identity.outputs.clientId
  MICROSOFT_APP_ID: identity.outputs.clientId
  MICROSOFT_APP_TYPE: 'UserAssignedMSI'
  MICROSOFT_APP_TENANT_ID: tenant().tenantId
  PUBLIC_BASE_URL: 'https://${appHost}'
  TEAMS_APP_ID: teamsAppId
  TEAMS_CATALOG_APP_ID: teamsCatalogAppId
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  APPLICATIONINSIGHTS_USE_MANAGED_IDENTITY: 'true'
  LOG_LEVEL: 'info'
  // App Service's front end appends the caller's address to X-Forwarded-For; rate limits count that address.
  TRUST_PROXY_HOPS: '1'
  // App Service build on deploy: production dependencies only (the Toolkit uploads the built dist/).
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --no-audit --no-fund'
}
// Microsoft Graph (group membership, roster, activity feed) as the app registration. By default it trusts
// the managed identity as a federated credential (m365agents.yml), so no secret exists to expire; a secret
// supplied by hand (apiClientSecret) is kept only in Key Vault.
var graphWithSecret = {
  GRAPH_CLIENT_ID: apiClientId
  GRAPH_CLIENT_SECRET: keyVault.outputs.apiCredentialReference
}
var graphWithFederatedIdentity = {
  GRAPH_CLIENT_ID: apiClientId
  GRAPH_USE_MANAGED_IDENTITY: 'true'
}

module web 'modules/app-service.bicep' = {
  name: 'app-service'
  params: {
    planName: 'plan-lantern-${token}'
    siteName: siteName
    location: location
    tags: union(tags, { 'azd-service-name': 'lantern' })
    sku: appServiceSku
    identityId: identity.outputs.id
    appSettings: union(appSettings, empty(apiClientSecret) ? graphWithFederatedIdentity : graphWithSecret)
    startCommand: 'node --disable-warning=DEP0111 --import ./dist/src/telemetry/preload.js dist/src/main.js'
    workspaceId: monitoring.outputs.workspaceId
    subnetId: privateCosmos ? network.outputs.appSubnetId : ''
    allowScmBasicAuth: allowScmBasicAuth
  }
  dependsOn: [cosmosEndpoint]
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-lantern-${token}'
    tags: tags
    sku: botSku
    endpoint: 'https://${appHost}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
  }
}

// Written back to env/.env.{environment} by the Agents Toolkit.
output AZURE_APP_SERVICE_RESOURCE_ID string = web.outputs.id
output APP_DOMAIN string = appHost
output APP_ENDPOINT string = 'https://${appHost}'
output BOT_ID string = identity.outputs.clientId
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
// The subject of the app registration's federated credential (scripts/trust-managed-identity.ts).
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
