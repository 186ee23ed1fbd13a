// IntegrationHub in one resource group: Function App (Flex Consumption, .NET isolated worker), Storage, Cosmos DB,
// Key Vault, Service Bus (live IA activity events), Application Insights + Log Analytics, and the user-assigned
// identity that reaches them.
//   az deployment group create -g RG -f bicep/main.bicep -p bicep/main.parameters.json
// README "Deploy to Azure" has the steps around it.
targetScope = 'resourceGroup'

@description('Region of every resource; Flex Consumption must be offered there (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Short name in every resource name: lowercase letters and digits only (it is part of the storage account name).')
@minLength(2)
@maxLength(8)
param baseName string = 'ihub'

@description('Tags on every resource.')
param tags object = {}

@description('Entra ID tenant that issues the API\'s tokens.')
param authTenantId string = subscription().tenantId

@description('Token authority: the app reads its signing keys from this authority\'s OpenID metadata.')
param authAuthority string = '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'

@description('Token issuer (iss). The default is the tenant\'s v2.0 issuer, so the API registration must issue v2.0 tokens.')
param authIssuer string = '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'

@description('Token audience (aud): the Application (client) ID of the API\'s Entra app registration (v2.0 tokens carry it).')
param authAudience string

@description('The web console\'s own Entra app registration (single-page application, redirect URI https://<app>/api/console/): its Application (client) ID. MSAL.js signs in with it (authorization code + PKCE) and asks for a token for authAudience.')
param consoleClientId string

@secure()
@description('Pseudonymisation key, for the first deployment only; later deployments leave the Key Vault secret as it is.')
param pseudonymisationKey string = ''

@allowed([2048, 4096])
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Days each audit record\'s blob copy is immutable (nobody, the app included, can change or delete it). Default 6 years.')
@minValue(1)
@maxValue(146000)
param auditRetentionDays int = 2192

var token = uniqueString(resourceGroup().id)

// Every queue a queue trigger reads or the app writes to, each with its poison queue.
var queueNames = [
  'ingest'
  'ingest-poison'
  'project'
  'project-poison'
  'activity-events'
  'activity-events-poison'
]

// The app's blob containers: Storage:LandingContainer, then Storage:FeedContainer.
var blobContainerNames = [
  'landing'
  'feeds'
]

// The audit trail's write-once copy (Audit:BlobContainer), immutable for auditRetentionDays.
var auditContainerName = 'audit'

var deploymentContainerName = 'app-package'

// The 31 IAs, read from the reference data the app embeds (first column of every row after the header), so the
// subscriptions cannot drift from the codes the app publishes under.
var referenceRows = filter(split(replace(loadTextContent('../shared/IntegrationHub.Domain/Reference/integration-authorities.csv'), '\r', ''), '\n'), row => !empty(row))
var iaCodes = union(map(skip(referenceRows, 1), row => split(row, ',')[0]), [])
var activityTopicName = 'ia-activity'
var cosmosDatabaseName = 'hub'
var pseudonymisationSecretName = 'pseudonymisation-key'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${baseName}-${token}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${baseName}-${token}'
    appInsightsName: 'appi-${baseName}-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${baseName}${token}', 24)
    location: location
    tags: tags
    blobContainerNames: blobContainerNames
    auditContainerName: auditContainerName
    auditRetentionDays: auditRetentionDays
    deploymentContainerName: deploymentContainerName
    queueNames: queueNames
    principalId: identity.outputs.principalId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: 'cosmos-${baseName}-${token}'
    location: location
    tags: tags
    databaseName: cosmosDatabaseName
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-${baseName}-${token}', 24)
    location: location
    tags: tags
    secretName: pseudonymisationSecretName
    pseudonymisationKey: pseudonymisationKey
    principalId: identity.outputs.principalId
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    name: 'sb-${baseName}-${token}'
    location: location
    tags: tags
    topicName: activityTopicName
    iaCodes: iaCodes
    principalId: identity.outputs.principalId
  }
}

// Uses the other modules' outputs, so it is deployed after their role assignments exist.
module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    planName: 'plan-${baseName}-${token}'
    appName: 'func-${baseName}-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    landingContainerName: blobContainerNames[0]
    feedContainerName: blobContainerNames[1]
    auditContainerName: auditContainerName
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmosDatabaseName
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    serviceBusTopic: serviceBus.outputs.topicName
    pseudonymisationKeySecretUri: keyVault.outputs.secretUri
    appInsightsConnectionString: monitoring.outputs.connectionString
    authAuthority: authAuthority
    authIssuer: authIssuer
    authAudience: authAudience
    consoleClientId: consoleClientId
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
}

output functionAppName string = functionApp.outputs.name
output apiBaseUrl string = 'https://${functionApp.outputs.defaultHostName}/api'
output storageAccountName string = storage.outputs.name
output cosmosAccountName string = cosmos.outputs.name
output keyVaultName string = keyVault.outputs.name
output serviceBusNamespace string = serviceBus.outputs.fullyQualifiedNamespace
output pseudonymisationSecretName string = pseudonymisationSecretName
output identityClientId string = identity.outputs.clientId
