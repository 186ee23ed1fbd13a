using IntegrationHub.Domain.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>Handlers and processors; their ports (stores, queues) are registered by the infrastructure.</summary>
    public static IServiceCollection AddHubDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AcceptSubmissionHandler>();
        services.AddSingleton<ProcessSubmissionHandler>();
        services.AddSingleton<ISubmissionProcessor>(new EntryCountingProcessor(SubmissionKind.Fhir));
        services.AddSingleton<ISubmissionProcessor>(new EntryCountingProcessor(SubmissionKind.SocialCare));
        return services;
    }
}
