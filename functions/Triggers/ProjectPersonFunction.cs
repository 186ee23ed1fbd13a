using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Submissions;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.Triggers;

/// <summary>Queue trigger on <c>project</c>: adapts the message to <see cref="ProjectPersonHandler"/>.</summary>
public sealed class ProjectPersonFunction(ProjectPersonHandler handler, ILogger<ProjectPersonFunction> logger)
{
    [Function("ProjectPerson")]
    public Task RunAsync([QueueTrigger(QueueNames.Project, Connection = "Storage")] string message, CancellationToken cancellationToken)
    {
        if (QueueMessageJson.Read(message, ProjectPersonMessage.FromJson) is not { } person)
        {
            logger.LogError("ProjectPerson received a message without a personId; dropped");
            return Task.CompletedTask;
        }

        return handler.HandleAsync(person, cancellationToken);
    }
}
