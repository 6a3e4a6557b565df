// Key Vault for any secret the app needs (RBAC only, soft delete, purge protection). The app reads
// secrets through App Service Key Vault references with its managed identity; secrets never go in settings.
param name string
param location string
param tags object
param readerPrincipalId string
param workspaceId string
@allowed(['default', 'recover'])
@description('recover: bring back the soft-deleted vault of the same name (after a teardown) instead of creating one.')
param createMode string = 'default'
@secure()
param apiClientSecret string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    createMode: createMode
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource apiSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(apiClientSecret)) {
  parent: vault
  name: 'api-client-secret'
  properties: { value: apiClientSecret, contentType: 'Entra app registration client secret' }
}

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [{ category: 'AuditEvent', enabled: true }]
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
// A reference App Service resolves at run time with the app's identity (used only when a secret was stored).
output apiCredentialReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=api-client-secret)'
