namespace IntegrationHub.Functions.Hosting;

/// <summary>
/// A non-HTTP function: adapts its trigger payload to a handler call. Registered by the folder name of its
/// function.json. Throwing fails the invocation, which the host (or standalone listener) retries.
/// </summary>
public interface ITriggeredFunction
{
    string Name { get; }

    Task RunAsync(InvocationRequest request, CancellationToken cancellationToken);
}
