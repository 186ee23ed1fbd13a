namespace IntegrationHub.LocalHost.Functions;

/// <summary>
/// What the worker has loaded, and whether it has. Trigger runners and the HTTP front door wait on
/// <see cref="WhenReady"/>; the status endpoint reads <see cref="IsReady"/>.
/// </summary>
public sealed class FunctionCatalog
{
    private readonly TaskCompletionSource<IReadOnlyList<FunctionDescriptor>> ready =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<FunctionDescriptor> Functions { get; private set; } = [];

    /// <summary>The worker's own ASP.NET Core listener (its HttpUri capability), or null if it has none.</summary>
    public Uri? WorkerHttpUri { get; private set; }

    public int? WorkerProcessId { get; set; }

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    public event Action<IReadOnlyList<FunctionDescriptor>>? Loaded;

    public void MarkReady(IReadOnlyList<FunctionDescriptor> functions, Uri? workerHttpUri)
    {
        Functions = functions;
        WorkerHttpUri = workerHttpUri;
        Loaded?.Invoke(functions);
        ready.TrySetResult(functions);
    }

    public Task<IReadOnlyList<FunctionDescriptor>> WhenReady(CancellationToken cancellationToken) =>
        ready.Task.WaitAsync(cancellationToken);
}
