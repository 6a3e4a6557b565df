// Blob storage for documents and kept copies (docs/adr/0011-files.md): Entra ID only (no account keys,
// no SAS), no public blobs, TLS 1.2, blob versioning and soft delete, and a container for the kept copies
// of everything that leaves the school under a time-based immutability policy (create-only in practice).
param name string
param location string
param tags object
@description('The app\'s managed identity: Storage Blob Data Contributor on the account.')
param principalId string
@description('Days a kept copy cannot be changed or deleted (subject-access releases, transfer packs).')
param keptCopyDays int
@description('Days a deleted or overwritten blob can be restored.')
param softDeleteDays int
param workspaceId string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: { blob: { enabled: true, keyType: 'Account' } }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: softDeleteDays }
    containerDeleteRetentionPolicy: { enabled: true, days: softDeleteDays }
  }
}

resource documents 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'documents'
  properties: { publicAccess: 'None' }
}

resource kept 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'kept-copies'
  properties: { publicAccess: 'None' }
}

// Locked once an operator has reviewed the period (az storage container immutability-policy lock):
// until then the policy can still be shortened, which is what a first deployment needs.
resource keptPolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: kept
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: keptCopyDays
    allowProtectedAppendWrites: false
  }
}

var storageBlobDataContributor = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')

resource appCanUseBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, principalId, storageBlobDataContributor)
  properties: {
    roleDefinitionId: storageBlobDataContributor
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: blobService
  name: 'blob-to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

output blobEndpoint string = account.properties.primaryEndpoints.blob
output name string = account.name
