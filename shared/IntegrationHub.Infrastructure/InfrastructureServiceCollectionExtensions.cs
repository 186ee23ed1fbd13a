using IntegrationHub.Infrastructure.Audit;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Health;
using IntegrationHub.Infrastructure.Pseudonymisation;
using IntegrationHub.Infrastructure.ServiceBus;
using IntegrationHub.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddHubInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHubStorage(configuration);
        services.AddHubCosmos(configuration);
        services.AddHubPseudonymisation(configuration);
        services.AddHubAudit(configuration);
        services.AddHubServiceBus(configuration);
        services.AddSingleton<IDependencyProbe, BlobProbe>();
        services.AddSingleton<IDependencyProbe, QueueProbe>();
        services.AddSingleton<IDependencyProbe, CosmosProbe>();
        services.AddSingleton<Domain.Submissions.IStuckSubmissionFinder, Cosmos.Submissions.CosmosStuckSubmissionFinder>();
        services.AddHostedService<InfrastructureBootstrapper>();
        return services;
    }
}
