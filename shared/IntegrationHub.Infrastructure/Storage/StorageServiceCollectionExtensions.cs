using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Submissions;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// One <see cref="BlobServiceClient"/> and one <see cref="QueueServiceClient"/> for the app: a connection string
    /// locally (Azurite), the service URIs with the managed identity in Azure, both with
    /// <see cref="StorageClientSettings"/>.
    /// </summary>
    public static IServiceCollection AddHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.IsValid(out _), "Storage needs a valid Storage:ConnectionString, or Storage:BlobServiceUri and Storage:QueueServiceUri.")
            .ValidateOnStart();

        services.AddAzureClients(clients =>
        {
            clients.UseCredential(sp => Credential(Options(sp)));
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, credential, sp) =>
                    Options(sp) is { ConnectionString: { Length: > 0 } connection }
                        ? new BlobServiceClient(connection, options)
                        : new BlobServiceClient(Options(sp).BlobServiceUri, credential, options))
                .ConfigureOptions(options => StorageClientSettings.Configure(options));
            clients.AddClient<QueueServiceClient, QueueClientOptions>((options, credential, sp) =>
                    Options(sp) is { ConnectionString: { Length: > 0 } connection }
                        ? new QueueServiceClient(connection, options)
                        : new QueueServiceClient(Options(sp).QueueServiceUri, credential, options))
                .ConfigureOptions(options => StorageClientSettings.Configure(options));
        });

        services.AddSingleton<ILandingStore, BlobLandingStore>();
        services.AddSingleton<IWorkQueue, StorageWorkQueue>();
        services.AddSingleton<IFeedFileStore, BlobFeedFileStore>();
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    // Created, never called, when a connection string is used: constructing a credential makes no request.
    private static TokenCredential Credential(StorageOptions options) =>
        string.IsNullOrEmpty(options.ClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
}
