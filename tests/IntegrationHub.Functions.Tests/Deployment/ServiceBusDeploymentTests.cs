using IntegrationHub.Domain.Reference;
using IntegrationHub.Functions.Tests.Deployment.Bicep;
using IntegrationHub.Infrastructure.ServiceBus;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>Live IA activity events in Azure (issue 16): the namespace, the topic and one filtered subscription per IA.</summary>
[Collection(CompiledDeploymentCollection.Name)]
public sealed class ServiceBusDeploymentTests(CompiledDeployment deployment)
{
    private DeploymentSnapshot Snapshot => deployment.Snapshot;

    [Fact]
    public void Namespace_IsStandardWithLocalAuthOff()
    {
        var ns = Snapshot.Single("Microsoft.ServiceBus/namespaces");

        Assert.Equal("Standard", ns.StringAt("sku.name"));
        Assert.True(ns.BoolAt("properties.disableLocalAuth"));
        Assert.Equal("1.2", ns.StringAt("properties.minimumTlsVersion"));
    }

    [Fact]
    public void Topic_IsTheOneTheAppSendsTo_WithDuplicateDetectionOfAtLeastADay()
    {
        var topic = Snapshot.Single("Microsoft.ServiceBus/namespaces/topics");

        Assert.Equal(new ServiceBusOptions().Topic, topic.LeafName);
        Assert.Equal(new ServiceBusOptions().Topic, Snapshot.AppSettings()["ServiceBus__Topic"].GetString());
        Assert.True(topic.BoolAt("properties.requiresDuplicateDetection"));
        Assert.True(System.Xml.XmlConvert.ToTimeSpan(topic.StringAt("properties.duplicateDetectionHistoryTimeWindow")!) >= TimeSpan.FromDays(1));
    }

    [Fact]
    public void EveryIa_HasOneSubscription_DeadLetteringOnFilterErrorsAndExpiry()
    {
        var subscriptions = Snapshot.OfType("Microsoft.ServiceBus/namespaces/topics/subscriptions");

        Assert.Equal(ReferenceData.Scotland.Ias.Select(ia => ia.Code).Order(StringComparer.Ordinal), subscriptions.Select(s => s.LeafName).Order(StringComparer.Ordinal));
        Assert.Equal(31, subscriptions.Count);
        Assert.All(subscriptions, s => Assert.True(s.BoolAt("properties.deadLetteringOnFilterEvaluationExceptions")));
        Assert.All(subscriptions, s => Assert.True(s.BoolAt("properties.deadLetteringOnMessageExpiration")));
    }

    [Fact]
    public void EachSubscriptionsOnlyRule_IsTheSqlFilterOnItsIa()
    {
        var rules = Snapshot.OfType("Microsoft.ServiceBus/namespaces/topics/subscriptions/rules");

        Assert.Equal(31, rules.Count);
        Assert.All(rules, rule =>
        {
            // Named $Default so it replaces the catch-all rule a new subscription gets.
            var parts = rule.Name.Split('/');
            Assert.Equal("$Default", parts[^1]);
            Assert.Equal("SqlFilter", rule.StringAt("properties.filterType"));
            Assert.Equal($"ia = '{parts[^2]}'", rule.StringAt("properties.sqlFilter.sqlExpression"));
        });
    }

    [Fact]
    public void TheAppIsGivenTheNamespace_WithTheIdentity()
    {
        var identity = Snapshot.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var ns = Snapshot.Single("Microsoft.ServiceBus/namespaces");
        var settings = Snapshot.AppSettings();

        Assert.Equal($"{ns.LeafName}.servicebus.windows.net", settings["ServiceBus__FullyQualifiedNamespace"].GetString());
        Assert.True(DeploymentSnapshot.IsRuntimeValue(settings["ServiceBus__ClientId"].GetString(), identity, "clientId"));
    }
}
