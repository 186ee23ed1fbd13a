namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// The host.json queue settings a test's host runs with. Production retries a failed message after 30 s; tests
/// retry after a fraction of a second and poll often, so retries and poison handling finish within a test.
/// </summary>
public sealed record QueueHostSettings(TimeSpan VisibilityTimeout, TimeSpan MaxPollingInterval, int MaxDequeueCount = 5, int BatchSize = 8)
{
    public static QueueHostSettings Fast { get; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(250));
}
