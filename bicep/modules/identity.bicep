// The one identity the app and the Functions host use for Storage, Cosmos DB and Key Vault. User-assigned, so
// its role assignments exist before the app does and survive the app being recreated.

param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
