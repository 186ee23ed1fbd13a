using System.Diagnostics;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Rpc;
using IntegrationHub.LocalHost.Worker;

namespace IntegrationHub.LocalHost.Invocation;

/// <summary>Sends invocations to the worker and logs each one's start and outcome, as the real host's console shows them.</summary>
public sealed class FunctionInvoker
{
    private readonly WorkerChannel channel;
    private readonly InvocationDrain drain;
    private readonly ILogger<FunctionInvoker> logger;

    public FunctionInvoker(WorkerChannel channel, InvocationDrain drain, ILogger<FunctionInvoker> logger)
    {
        this.channel = channel;
        this.drain = drain;
        this.logger = logger;
    }

    /// <summary>Cancelled when the host starts stopping: triggers start nothing new after it.</summary>
    public CancellationToken Draining => drain.Draining;

    /// <summary>
    /// The invocation is on its way to the worker when this returns (HTTP depends on that); the task completes
    /// with the worker's response.
    /// </summary>
    public Task<InvocationResponse> Start(FunctionDescriptor function, InvocationRequest request, string reason, CancellationToken cancellationToken)
    {
        logger.LogInformation("Executing 'Functions.{FunctionName}' (Reason='{Reason}', Id={InvocationId})", function.Name, reason, request.InvocationId);
        var clock = Stopwatch.StartNew();
        drain.Started();
        Task<InvocationResponse> response;
        try
        {
            response = channel.StartInvocation(request, cancellationToken);
        }
        catch
        {
            drain.Ended();
            throw;
        }

        return LogOutcomeAsync(function, request.InvocationId, response, clock);
    }

    private async Task<InvocationResponse> LogOutcomeAsync(FunctionDescriptor function, string invocationId, Task<InvocationResponse> pending, Stopwatch clock)
    {
        try
        {
            var response = await pending;
            if (InvocationOutcome.Succeeded(response))
            {
                logger.LogInformation("Executed 'Functions.{FunctionName}' (Succeeded, Id={InvocationId}, Duration={DurationMs}ms)", function.Name, invocationId, clock.ElapsedMilliseconds);
            }
            else
            {
                logger.LogError(
                    "Executed 'Functions.{FunctionName}' (Failed, Id={InvocationId}, Duration={DurationMs}ms): {Failure}",
                    function.Name,
                    invocationId,
                    clock.ElapsedMilliseconds,
                    InvocationOutcome.Describe(response));
            }

            return response;
        }
        catch (Exception exception) when (exception is WorkerUnavailableException or OperationCanceledException)
        {
            logger.LogWarning("Executed 'Functions.{FunctionName}' (No outcome, Id={InvocationId}): {Reason}", function.Name, invocationId, exception.Message);
            throw;
        }
        finally
        {
            drain.Ended();
        }
    }
}
