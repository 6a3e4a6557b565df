// Cosmos DB for NoSQL: Entra-only data access (disableLocalAuth), continuous backup, the containers the
// code expects, and data-plane roles for the app's identity — Data Contributor on the data containers,
// create + read only on the audit anchors, metadata read on the account.
param name string
param location string
param tags object
param databaseName string
param principalId string
param maxThroughput int
param backupTier string
param freeTier bool
param privateNetworking bool
param workspaceId string

var containerSpecs = loadJsonContent('../cosmos-containers.json').containers

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    enableFreeTier: freeTier
    publicNetworkAccess: privateNetworking ? 'Disabled' : 'Enabled'
    networkAclBypass: 'None'
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: { tier: backupTier }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: { id: databaseName }
    options: { autoscaleSettings: { maxThroughput: maxThroughput } }
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for c in containerSpecs: {
    parent: database
    name: c.id
    properties: {
      resource: {
        id: c.id
        partitionKey: { paths: [c.partitionKey], kind: 'Hash', version: 2 }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [{ path: '/*' }]
          excludedPaths: [{ path: '/"_etag"/?' }]
          compositeIndexes: c.compositeIndexes
        }
      }
    }
  }
]

var dataContributor = '00000000-0000-0000-0000-000000000002'

resource metadataReader 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-11-15' = {
  parent: account
  name: guid(account.id, 'lantern-metadata-reader')
  properties: {
    roleName: 'Lantern metadata reader'
    type: 'CustomRole'
    assignableScopes: [account.id]
    permissions: [{ dataActions: ['Microsoft.DocumentDB/databaseAccounts/readMetadata'] }]
  }
}

resource createRead 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-11-15' = {
  parent: account
  name: guid(account.id, 'lantern-create-read')
  properties: {
    roleName: 'Lantern create and read only'
    type: 'CustomRole'
    assignableScopes: [account.id]
    permissions: [
      {
        dataActions: [
          'Microsoft.DocumentDB/databaseAccounts/readMetadata'
          'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create'
          'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read'
          'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery'
        ]
      }
    ]
  }
}

resource metadataAssignment 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, principalId, 'metadata')
  properties: {
    roleDefinitionId: metadataReader.id
    principalId: principalId
    scope: account.id
  }
}

// Azure refuses data-plane role assignments on one account made in parallel (a lock conflict on first
// provision), so they are made one at a time: the metadata reader first, then each container in turn.
@batchSize(1)
resource containerAssignments 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [
  for c in containerSpecs: {
    parent: account
    name: guid(account.id, principalId, c.id, c.access)
    properties: {
      roleDefinitionId: c.access == 'create-read' ? createRead.id : '${account.id}/sqlRoleDefinitions/${dataContributor}'
      principalId: principalId
      scope: '${account.id}/dbs/${databaseName}/colls/${c.id}'
    }
    dependsOn: [containers, metadataAssignment]
  }
]

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: account
  properties: {
    workspaceId: workspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      { category: 'DataPlaneRequests', enabled: true }
      { category: 'ControlPlaneRequests', enabled: true }
    ]
  }
}

output id string = account.id
output name string = account.name
output endpoint string = account.properties.documentEndpoint
