// Service Bus for live IA activity events (CONTRACT §5): a Standard namespace with local (SAS) auth off, the topic
// with duplicate detection (the app's MessageId is the feed entry id, so a resend is dropped), and one subscription
// per IA whose SQL filter lets in only that IA's events. The app may only send, and only to this topic; each IA is
// given Azure Service Bus Data Receiver on its own subscription by the operator (README "Subscribing to your IA's events").

param name string
param location string
param tags object

param topicName string

@description('The IA codes (S37…): one subscription each, named by the code and filtered on the ia property.')
param iaCodes array

@description('Principal (the app\'s managed identity) given Azure Service Bus Data Sender on the topic.')
param principalId string

// Built-in role definition id, as Azure documents it.
var serviceBusDataSender = '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'

resource namespace 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2022-10-01-preview' = {
  parent: namespace
  name: topicName
  properties: {
    requiresDuplicateDetection: true
    // A resend after a crash or an outage comes within hours at most; a day covers it with room.
    duplicateDetectionHistoryTimeWindow: 'P1D'
    defaultMessageTimeToLive: 'P14D'
    supportOrdering: true
  }
}

resource subscriptions 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2022-10-01-preview' = [for ia in iaCodes: {
  parent: topic
  name: ia
  properties: {
    deadLetteringOnFilterEvaluationExceptions: true
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
  }
}]

// Named $Default so it replaces the catch-all rule every new subscription gets: only the IA's own events get in.
resource filters 'Microsoft.ServiceBus/namespaces/topics/subscriptions/rules@2022-10-01-preview' = [for (ia, i) in iaCodes: {
  parent: subscriptions[i]
  name: '$Default'
  properties: {
    filterType: 'SqlFilter'
    sqlFilter: {
      sqlExpression: 'ia = \'${ia}\''
    }
  }
}]

resource sender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: topic
  name: guid(topic.id, principalId, serviceBusDataSender)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', serviceBusDataSender)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output fullyQualifiedNamespace string = '${namespace.name}.servicebus.windows.net'
output topicName string = topic.name
