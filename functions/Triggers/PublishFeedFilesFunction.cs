using IntegrationHub.Domain.ReadModels;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Daily timer (02:30 UTC): each IA's previous day as an NDJSON file, via <see cref="FeedFilePublisher"/>.</summary>
public sealed class PublishFeedFilesFunction(FeedFilePublisher publisher)
{
    [Function("PublishFeedFiles")]
    public Task RunAsync([TimerTrigger("0 30 2 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        publisher.PublishDueAsync(cancellationToken);
}
