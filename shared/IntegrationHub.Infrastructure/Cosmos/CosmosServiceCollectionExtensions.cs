using IntegrationHub.Domain.Linkage.Online;
using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Cosmos.Linkage;
using IntegrationHub.Infrastructure.Cosmos.People;
using IntegrationHub.Infrastructure.Cosmos.ReadModels;
using IntegrationHub.Infrastructure.Cosmos.Submissions;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Cosmos;

public static class CosmosServiceCollectionExtensions
{
    public static IServiceCollection AddHubCosmos(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosOptions>()
            .Bind(configuration.GetSection(CosmosOptions.Section))
            .Validate(o => o.Endpoint is not null, "Cosmos:Endpoint is required.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabaseName), "Cosmos:DatabaseName is required.")
            .ValidateOnStart();
        services.AddSingleton<CosmosOperationCounter>();
        services.AddSingleton<CosmosClient>(sp => CosmosClientFactory.Create(sp.GetRequiredService<IOptions<CosmosOptions>>().Value, sp.GetRequiredService<CosmosOperationCounter>()));
        services.AddSingleton<HubContainers>();
        services.AddSingleton<CosmosBootstrapper>();
        services.AddSingleton<ISubmissionStore, CosmosSubmissionStore>();
        services.AddSingleton<IPersonStore, CosmosPersonStore>();
        services.AddSingleton<IIdentifierIndex, CosmosIdentifierIndex>();
        services.AddSingleton<IBlockIndex, CosmosBlockIndex>();
        services.AddSingleton<IReviewStore, CosmosReviewStore>();
        services.AddSingleton<IReadModelStore, CosmosReadModelStore>();
        services.AddSingleton<IProjectionStateStore, CosmosProjectionStateStore>();
        services.AddSingleton<Domain.Quality.ISubmissionQualityLog, Quality.CosmosSubmissionQualityLog>();
        return services;
    }
}
