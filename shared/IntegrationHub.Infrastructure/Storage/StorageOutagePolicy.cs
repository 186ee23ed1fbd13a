using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// The one place where a storage outage is recognised. It runs per call, outside the SDK's retry policy, so it
/// sees what is left after the retries: a transport failure or an outage status becomes
/// <see cref="StorageUnavailableException"/> naming the service. Every other answer (404, 409, 412, …) goes on to
/// the SDK unchanged, so callers still handle "not found" and "already exists" as <see cref="RequestFailedException"/>.
/// </summary>
public sealed class StorageOutagePolicy(string service) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception ex) when (IsTransportFailure(ex, message))
        {
            throw Unreachable(message, ex);
        }

        ThrowOnOutage(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        catch (Exception ex) when (IsTransportFailure(ex, message))
        {
            throw Unreachable(message, ex);
        }

        ThrowOnOutage(message);
    }

    /// <summary>Statuses that say "the service cannot serve you now", as opposed to "your request is wrong".</summary>
    public static bool IsOutageStatus(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    // The caller's own cancellation is not an outage; a network timeout (also an OperationCanceledException) is.
    private static bool IsTransportFailure(Exception ex, HttpMessage message) =>
        ex is RequestFailedException or AggregateException or IOException or OperationCanceledException
        && !message.CancellationToken.IsCancellationRequested;

    private void ThrowOnOutage(HttpMessage message)
    {
        if (message.HasResponse && IsOutageStatus(message.Response.Status))
        {
            throw new StorageUnavailableException(
                service,
                $"{message.Request.Method} {message.Request.Uri.Path} answered {message.Response.Status} {message.Response.ReasonPhrase} after retries");
        }
    }

    private StorageUnavailableException Unreachable(HttpMessage message, Exception ex) =>
        new(service, $"{message.Request.Method} {message.Request.Uri.Path} could not reach {service} storage: {ex.GetBaseException().Message}", ex);
}
