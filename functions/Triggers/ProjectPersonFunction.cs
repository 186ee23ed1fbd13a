using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Functions.Hosting;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Queue trigger on <c>project</c>: adapts the message to <see cref="ProjectPersonHandler"/>.</summary>
public sealed class ProjectPersonFunction(ProjectPersonHandler handler, ILogger<ProjectPersonFunction> logger) : ITriggeredFunction
{
    public string Name => "ProjectPerson";

    public Task RunAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var message = request.Binding("message") is { } element ? ProjectPersonMessage.FromJson(element) : null;
        if (message is null)
        {
            logger.LogError("ProjectPerson received a message without a personId; dropped");
            return Task.CompletedTask;
        }

        return handler.HandleAsync(message.PersonId, cancellationToken);
    }
}
