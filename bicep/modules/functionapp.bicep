// The Function App on the Flex Consumption plan (Linux), running the hub's .NET 10 isolated worker. Every setting the
// app reads is here (see local.settings.sample.json for their meaning); none of them holds a key or a connection
// string with a secret: Storage and Cosmos DB are reached with the user-assigned identity, and the pseudonymisation
// key is a Key Vault reference resolved by the platform with that same identity.

param planName string
param appName string
param location string
param tags object

param identityId string
param identityClientId string

param blobEndpoint string
param queueEndpoint string
param deploymentContainerUrl string
param landingContainerName string
param feedContainerName string
param auditContainerName string

param cosmosEndpoint string
param cosmosDatabaseName string

param serviceBusNamespace string
param serviceBusTopic string

param pseudonymisationKeySecretUri string
param appInsightsConnectionString string

param authAuthority string
param authIssuer string
param authAudience string
param consoleClientId string

@allowed([2048, 4096])
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // The Key Vault reference below is resolved with the user-assigned identity, the only one the app has.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      // Flex Consumption takes the worker runtime from here, not from an app setting.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // The Functions host's own storage (leases, keys, scale state), identity-based.
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: blobEndpoint
    AzureWebJobsStorage__queueServiceUri: queueEndpoint
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    AZURE_FUNCTIONS_ENVIRONMENT: 'Production'
    ASPNETCORE_ENVIRONMENT: 'Production'

    // Section Storage: read by the app, and by the host as the identity-based `Storage` connection its queue
    // triggers name (configuration keys are case-insensitive, so Storage__ClientId is also the host's clientId).
    Storage__credential: 'managedidentity'
    Storage__ClientId: identityClientId
    Storage__BlobServiceUri: blobEndpoint
    Storage__QueueServiceUri: queueEndpoint
    Storage__LandingContainer: landingContainerName
    Storage__FeedContainer: feedContainerName
    Audit__BlobContainer: auditContainerName

    Cosmos__Endpoint: cosmosEndpoint
    Cosmos__ClientId: identityClientId
    Cosmos__DatabaseName: cosmosDatabaseName

    // Live IA activity events: the namespace with the identity (its Data Sender role is on the topic only).
    ServiceBus__FullyQualifiedNamespace: serviceBusNamespace
    ServiceBus__ClientId: identityClientId
    ServiceBus__Topic: serviceBusTopic
    ServiceBus__OutageRetryMaxDelay: '00:05:00'

    Auth__Authority: authAuthority
    Auth__Issuer: authIssuer
    Auth__Audience: authAudience

    // The web console's Entra ID sign-in (MSAL.js); the scope is the API's own, so its tokens are the API's.
    Console__SignInClientId: consoleClientId
    Console__ApiScope: '${authAudience}/.default'

    // Per org and per instance: the Flex plan scales out, so the hub-wide ceiling is this times the instances.
    RateLimit__PermitsPerMinute: '600'

    Pseudonymisation__Key: '@Microsoft.KeyVault(SecretUri=${pseudonymisationKeySecretUri})'
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
