using Azure.Core;
using Azure.Identity;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Submissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.IsValid(out _), "Storage needs Storage:ConnectionString, or Storage:BlobServiceUri and Storage:QueueServiceUri.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                return new StorageTransport(StorageAccount.Parse(options.ConnectionString), null, time);
            }

            TokenCredential credential = string.IsNullOrEmpty(options.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
            return new StorageTransport(new StorageAccount(options.BlobServiceUri!, options.QueueServiceUri!, null, null), credential, time);
        });
        services.AddSingleton<BlobStorageClient>();
        services.AddSingleton<QueueStorageClient>();
        services.AddSingleton<ILandingStore, BlobLandingStore>();
        services.AddSingleton<IWorkQueue, StorageWorkQueue>();
        services.AddSingleton<IFeedFileStore, BlobFeedFileStore>();
        return services;
    }
}
