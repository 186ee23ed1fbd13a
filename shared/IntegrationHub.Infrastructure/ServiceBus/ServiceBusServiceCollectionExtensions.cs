using Azure.Core;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.ServiceBus;

public static class ServiceBusServiceCollectionExtensions
{
    /// <summary>
    /// Live IA activity events: one <see cref="ServiceBusClient"/> and one sender for the topic when a namespace or a
    /// connection string is configured; otherwise the disabled sender, and the projection records nothing to send.
    /// </summary>
    public static IServiceCollection AddHubServiceBus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServiceBusOptions>()
            .Bind(configuration.GetSection(ServiceBusOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Topic), "ServiceBus:Topic must not be empty.")
            .Validate(o => o.OutageRetryMaxDelay > TimeSpan.Zero, "ServiceBus:OutageRetryMaxDelay must be positive.")
            .Validate(o => string.IsNullOrWhiteSpace(o.ConnectionString) || IsConnectionString(o.ConnectionString), "ServiceBus:ConnectionString is not a Service Bus connection string.")
            .ValidateOnStart();

        var options = configuration.GetSection(ServiceBusOptions.Section).Get<ServiceBusOptions>() ?? new ServiceBusOptions();
        if (!options.Enabled)
        {
            services.AddSingleton<IActivityEventSender, DisabledActivityEventSender>();
            return services;
        }

        services.AddSingleton(_ => CreateClient(options));
        services.AddSingleton(sp => sp.GetRequiredService<ServiceBusClient>().CreateSender(options.Topic));
        services.AddSingleton<IActivityEventSender, ServiceBusActivityEventSender>();
        services.AddSingleton<IDependencyProbe, ServiceBusProbe>();
        services.AddSingleton(ActivityEventsBackOff.Default with { Max = options.OutageRetryMaxDelay });
        return services;
    }

    // Few, short retries: a send that cannot get through is waited out by the domain's back-off, not held here.
    private static ServiceBusClientOptions ClientOptions() => new()
    {
        Identifier = "integrationhub",
        RetryOptions = new ServiceBusRetryOptions
        {
            MaxRetries = 2,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(5),
            TryTimeout = TimeSpan.FromSeconds(15),
        },
    };

    private static ServiceBusClient CreateClient(ServiceBusOptions options) =>
        !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new ServiceBusClient(options.ConnectionString, ClientOptions())
            : new ServiceBusClient(options.FullyQualifiedNamespace, Credential(options), ClientOptions());

    private static TokenCredential Credential(ServiceBusOptions options) =>
        string.IsNullOrEmpty(options.ClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));

    private static bool IsConnectionString(string value)
    {
        try
        {
            _ = ServiceBusConnectionStringProperties.Parse(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
