// Cosmos DB (serverless, Entra ID only): database `hub` and the containers of DESIGN §5 plus `audit`. The app reads with point
// reads and single-partition queries only, so each container indexes just the paths its queries filter on (and
// its partition key); everything else is excluded, which keeps the RU cost of every write low.
// The app's start-up check reads these containers and fails if a partition key differs, so they must match
// ContainerNames.PartitionKeys (the deployment consistency tests compare them).

param name string
param location string
param tags object

param databaseName string

@description('Principal (the app\'s managed identity) given the data-plane Built-in Data Contributor role.')
param principalId string

// Cosmos DB Built-in Data Contributor, a data-plane SQL role definition (not an Azure RBAC role).
var cosmosBuiltInDataContributor = '00000000-0000-0000-0000-000000000002'

var containers = [
  {
    name: 'persons'
    partitionKey: '/personId'
    includedPaths: [{ path: '/personId/?' }, { path: '/type/?' }]
  }
  {
    name: 'identifiers'
    partitionKey: '/id'
    includedPaths: []
  }
  {
    name: 'blocks'
    partitionKey: '/blockKey'
    includedPaths: [{ path: '/blockKey/?' }]
  }
  {
    name: 'submissions'
    partitionKey: '/id'
    // The stuck-submission sweeper's one cross-partition query filters on these.
    includedPaths: [{ path: '/type/?' }, { path: '/status/?' }, { path: '/receivedAt/?' }]
  }
  {
    name: 'ia-activity'
    partitionKey: '/iaMonth'
    includedPaths: [{ path: '/iaMonth/?' }, { path: '/activity/kind/?' }]
  }
  {
    name: 'ia-feed'
    partitionKey: '/iaDay'
    includedPaths: [{ path: '/iaDay/?' }]
  }
  {
    name: 'reviews'
    partitionKey: '/ia'
    includedPaths: [{ path: '/ia/?' }, { path: '/status/?' }]
  }
  {
    // The audit trail, one partition per UTC day; the audit route filters a day by the actor's subject.
    name: 'audit'
    partitionKey: '/day'
    includedPaths: [{ path: '/day/?' }, { path: '/actor/subject/?' }]
  }
  {
    // Finished submissions' quality records, one partition per month of receipt; the quality route reads a month.
    name: 'quality'
    partitionKey: '/month'
    includedPaths: [{ path: '/month/?' }]
  }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: {
          paths: [container.partitionKey]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: container.includedPaths
          excludedPaths: [{ path: '/*' }]
        }
      }
    }
  }
]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, principalId, cosmosBuiltInDataContributor)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${cosmosBuiltInDataContributor}'
    principalId: principalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output name string = account.name
