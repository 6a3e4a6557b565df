// A private endpoint for the Cosmos DB account, registered in the private DNS zone.
param name string
param location string
param tags object
param cosmosAccountId string
param subnetId string
param dnsZoneId string

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      {
        name: name
        properties: { privateLinkServiceId: cosmosAccountId, groupIds: ['Sql'] }
      }
    ]
  }
}

resource dns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [{ name: 'cosmos', properties: { privateDnsZoneId: dnsZoneId } }]
  }
}
