// Key Vault in RBAC mode, holding the pseudonymisation key the app reads through a Key Vault reference.

param name string
param location string
param tags object

@description('Name of the secret holding the pseudonymisation key.')
param secretName string

@secure()
@description('The pseudonymisation key. Empty: leave the secret as it is (set it once; a new key changes every pseudonym).')
param pseudonymisationKey string = ''

@description('Principal (the app\'s managed identity) allowed to read secrets.')
param principalId string

// Built-in role definition id, as Azure documents it.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A new key changes every pseudonym analysts hold, so a deleted key must stay recoverable for the whole retention.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(pseudonymisationKey)) {
  parent: vault
  name: secretName
  properties: {
    value: pseudonymisationKey
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name

// Without a version: App Service resolves the current version of the secret.
output secretUri string = '${vault.properties.vaultUri}secrets/${secretName}/'
