namespace IntegrationHub.Infrastructure.Health;

/// <summary>One dependency the health route checks; throws when it does not answer.</summary>
public interface IDependencyProbe
{
    string Name { get; }

    /// <summary>False for a dependency whose outage delays one feature but leaves the app healthy (reported, not 503).</summary>
    bool Required => true;

    Task ProbeAsync(CancellationToken cancellationToken);
}
