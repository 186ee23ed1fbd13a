using IntegrationHub.LocalHost.Configuration;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Worker;

/// <summary>
/// StartStream → WorkerInit → FunctionsMetadata (the worker indexes itself) → one FunctionLoad per function:
/// the sequence the real host runs against a dotnet-isolated worker.
/// </summary>
public sealed class WorkerHandshake
{
    /// <summary>The capability by which the ASP.NET Core integration names its own listener.</summary>
    public const string HttpUriCapability = "HttpUri";

    private const string HostVersion = "4.1000.0-integrationhub-local";

    private readonly WorkerChannel channel;
    private readonly DisabledFunctions disabled;
    private readonly ILogger<WorkerHandshake> logger;

    public WorkerHandshake(WorkerChannel channel, DisabledFunctions disabled, ILogger<WorkerHandshake> logger)
    {
        this.channel = channel;
        this.disabled = disabled;
        this.logger = logger;
    }

    public async Task<(IReadOnlyList<FunctionDescriptor> Functions, Uri? HttpUri)> RunAsync(string appDirectory, CancellationToken cancellationToken)
    {
        // Called as the worker is launched, so this clock measures the worker's cold start.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var start = await channel.WaitForStreamAsync(cancellationToken);
        logger.LogInformation("Worker {WorkerId} connected after {ElapsedMs} ms", start.WorkerId, clock.ElapsedMilliseconds);

        var init = await channel.InitializeAsync(
            new WorkerInitRequest { HostVersion = HostVersion, WorkerDirectory = appDirectory, FunctionAppDirectory = appDirectory },
            cancellationToken);
        EnsureSuccess(init.Result, "initialise");
        var httpUri = init.Capabilities.TryGetValue(HttpUriCapability, out var uri) && !string.IsNullOrEmpty(uri) ? Loopback(new Uri(uri)) : null;
        logger.LogInformation(
            "Worker initialised: {RuntimeName} {RuntimeVersion}, worker {WorkerVersion}, HTTP listener {HttpUri}",
            init.WorkerMetadata?.RuntimeName,
            init.WorkerMetadata?.RuntimeVersion,
            init.WorkerMetadata?.WorkerVersion,
            httpUri?.ToString() ?? "none");

        var metadata = await channel.GetFunctionMetadataAsync(new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory }, cancellationToken);
        EnsureSuccess(metadata.Result, "report its functions");
        if (metadata.UseDefaultMetadataIndexing)
        {
            throw new WorkerStartupException("the worker asked the host to index its functions (function.json); this host runs worker-indexed (isolated worker) apps only");
        }

        var functions = metadata.FunctionMetadataResults.Select(result => FunctionDescriptor.From(result, appDirectory, disabled.IsDisabled(result.Name))).ToList();
        foreach (var function in functions)
        {
            if (function.Metadata.Status is { Status: StatusResult.Types.Status.Failure } status)
            {
                throw new WorkerStartupException($"the worker could not index function {function.Name}: {Describe(status)}");
            }
        }

        if (httpUri is null && functions.Any(function => function.Trigger?.IsType("httpTrigger") == true))
        {
            throw new WorkerStartupException("the worker has HTTP functions but reported no HttpUri: call ConfigureFunctionsWebApplication() in its Program");
        }

        var loads = functions.Select(function => channel.LoadAsync(
            new FunctionLoadRequest { FunctionId = function.Id, Metadata = function.Metadata },
            cancellationToken));
        foreach (var (function, response) in functions.Zip(await Task.WhenAll(loads)))
        {
            EnsureSuccess(response.Result, "load function " + function.Name);
        }

        return (functions, httpUri);
    }

    /// <summary>The worker names its listener "localhost"; its Kestrel binds 127.0.0.1 for that, so skip name resolution.</summary>
    private static Uri Loopback(Uri uri) => uri.IsLoopback && string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        ? new UriBuilder(uri) { Host = "127.0.0.1" }.Uri
        : uri;

    private static void EnsureSuccess(StatusResult? result, string step)
    {
        if (result is null || result.Status != StatusResult.Types.Status.Success)
        {
            throw new WorkerStartupException($"the worker failed to {step}: {(result is null ? "no status" : Describe(result))}");
        }
    }

    private static string Describe(StatusResult result) =>
        result.Exception is { } exception ? $"{exception.Type}: {exception.Message}" : result.Result;
}
