using IntegrationHub.Domain.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddHubAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.BlobContainer), "Audit:BlobContainer is required.")
            .ValidateOnStart();
        services.AddSingleton<CosmosAuditLog>();
        services.AddSingleton<BlobAuditCopy>();
        services.AddSingleton<IAuditTrail, AuditTrail>();
        return services;
    }
}
