namespace IntegrationHub.Infrastructure.Health;

/// <summary>One dependency the health route checks; throws when it does not answer.</summary>
public interface IDependencyProbe
{
    string Name { get; }

    Task ProbeAsync(CancellationToken cancellationToken);
}
