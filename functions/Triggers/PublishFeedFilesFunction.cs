using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Daily timer: each IA's previous day as an NDJSON file, via <see cref="FeedFilePublisher"/>.</summary>
public sealed class PublishFeedFilesFunction(FeedFilePublisher publisher) : ITriggeredFunction
{
    public string Name => "PublishFeedFiles";

    public Task RunAsync(InvocationRequest request, CancellationToken cancellationToken) => publisher.PublishDueAsync(cancellationToken);
}
