using IntegrationHub.Domain.Analyst;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Fhir.Conformance;
using IntegrationHub.Domain.Geography;
using IntegrationHub.Domain.Ingestion;
using IntegrationHub.Domain.Ingestion.Fhir;
using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Online;
using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.Domain.Linkage.Scoring;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Ingestion.SocialCare;
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
        services.AddSingleton(_ => ConformanceResources.Load());
        services.AddSingleton<AcceptSubmissionHandler>();
        services.AddSingleton<ProcessSubmissionHandler>();
        services.AddSingleton<StuckSubmissionSweeper>();
        services.TryAddSingleton<IPostcodeLookup>(PostcodeDirectory.Empty);
        services.TryAddSingleton(LinkageModel.Default);
        services.TryAddSingleton(NameAliases.Default);
        services.AddSingleton<CandidateScorer>();
        services.TryAddSingleton<IPersonMatcher, ProbabilisticMatcher>();
        services.AddSingleton<PersonMerger>();
        services.AddSingleton<ReviewDecisionHandler>();
        services.AddSingleton<ResidenceResolver>();
        services.AddSingleton<PersonLinker>();
        services.AddSingleton<PersonWriter>();
        services.AddSingleton<ActivityWriter>();
        services.AddSingleton<ChiConfirmation>();
        services.AddSingleton<FhirPatientLinker>();
        services.AddSingleton<FhirSubjectResolver>();
        services.AddSingleton<ISubmissionProcessor, FhirSubmissionProcessor>();
        services.AddSingleton<SocialCareClientWriter>();
        services.AddSingleton<ProjectionOutbox>();
        services.AddSingleton<ProjectPersonHandler>();
        services.TryAddSingleton(ActivityEventsBackOff.Default);
        services.AddSingleton<ActivityEventsQueue>();
        services.AddSingleton<SendActivityEventsHandler>();
        services.AddSingleton<FeedFilePublisher>();
        services.AddSingleton<AnalystQueries>();
        services.AddSingleton<Quality.QualityReport>();
        services.AddSingleton<ISubmissionProcessor, SocialCareSubmissionProcessor>();
        return services;
    }
}
