using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Invocation;
using IntegrationHub.LocalHost.Rpc;
using IntegrationHub.LocalHost.Worker;
using Microsoft.AspNetCore.Http.Features;

namespace IntegrationHub.LocalHost.Http;

/// <summary>
/// Runs one HTTP invocation the way the real host does for a worker with the ASP.NET Core integration: the
/// InvocationRequest goes over gRPC, then the request itself (streamed, with x-ms-invocation-id) to the worker's
/// own listener, whose answer is streamed back. The worker pairs the two by invocation id and waits at most 5 s
/// for the request after the invocation, so the request is sent straight after it.
/// </summary>
public sealed class HttpFunctionForwarder : IDisposable
{
    /// <summary>The header the worker's WorkerRequestServicesMiddleware requires on every request.</summary>
    public const string InvocationIdHeader = "x-ms-invocation-id";

    private static readonly TimeSpan OutcomeWait = TimeSpan.FromSeconds(30);

    private readonly HttpMessageInvoker client = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    });

    private readonly FunctionInvoker invoker;
    private readonly FunctionCatalog catalog;
    private readonly ILogger<HttpFunctionForwarder> logger;

    public HttpFunctionForwarder(FunctionInvoker invoker, FunctionCatalog catalog, ILogger<HttpFunctionForwarder> logger)
    {
        this.invoker = invoker;
        this.catalog = catalog;
        this.logger = logger;
    }

    public async Task ForwardAsync(HttpContext context, FunctionDescriptor function)
    {
        var cancellationToken = context.RequestAborted;
        var workerUri = catalog.WorkerHttpUri ?? throw new InvalidOperationException("the worker has no HTTP listener");
        var invocation = InvocationBuilder.Create(function, HttpTriggerMetadata.Input, HttpTriggerMetadata.From(context));
        Task<InvocationResponse> outcome;
        try
        {
            outcome = invoker.Start(function, invocation, "This function was programmatically called via the host APIs.", cancellationToken);
        }
        catch (WorkerUnavailableException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        try
        {
            await ExchangeAsync(context, function, workerUri, invocation.InvocationId, outcome, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; the worker was told to cancel the invocation.
            Observe(outcome);
        }
        catch (IOException exception)
        {
            // The worker's answer broke off after it had started: the client must not take a truncated body as whole.
            logger.LogError(exception, "The worker's answer to {Method} {Path} broke off (invocation {InvocationId})", context.Request.Method, context.Request.Path, invocation.InvocationId);
            Observe(outcome);
            context.Abort();
        }
    }

    public void Dispose() => client.Dispose();

    private async Task ExchangeAsync(HttpContext context, FunctionDescriptor function, Uri workerUri, string invocationId, Task<InvocationResponse> outcome, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(context, workerUri, invocationId);
        HttpResponseMessage response;
        try
        {
            // A bare invoker does not buffer: it returns at the response headers and the body streams.
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            logger.LogError(exception, "Forwarding {Method} {Path} to the worker failed (invocation {InvocationId})", context.Request.Method, context.Request.Path, invocationId);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            Observe(outcome);
            return;
        }

        using (response)
        {
            // A function that throws leaves the worker's response unwritten: 200 with no body. The real host
            // answers 500 then, so an empty answer waits for the invocation's outcome (it is due: no body is pending).
            if (response.Content.Headers.ContentLength == 0 && !await SucceededAsync(outcome, function, invocationId))
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            await CopyResponseAsync(response, context, cancellationToken);
        }

        if (!await SucceededAsync(outcome, function, invocationId))
        {
            logger.LogWarning("Function {FunctionName} failed after its response had started (invocation {InvocationId})", function.Name, invocationId);
        }
    }

    private static HttpRequestMessage CreateRequest(HttpContext context, Uri workerUri, string invocationId)
    {
        var incoming = context.Request;
        var target = new UriBuilder(workerUri) { Path = incoming.PathBase.Add(incoming.Path).ToUriComponent(), Query = incoming.QueryString.ToUriComponent() }.Uri;
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), target) { Version = System.Net.HttpVersion.Version11 };
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
        {
            // Streamed as it arrives: no buffering, and chunked onward when the client sent no Content-Length.
            request.Content = new StreamContent(incoming.Body);
            if (incoming.ContentLength is { } length)
            {
                request.Content.Headers.ContentLength = length;
            }
        }
        else if (incoming.ContentLength == 0 || incoming.ContentType is not null)
        {
            // An empty body still carries its Content-Type (and Content-Length: 0) to the function, as the real
            // host forwards it: a route that checks the media type must see what the client sent.
            request.Content = new ByteArrayContent([]);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (!HttpForwardingHeaders.IsForwarded(name) || string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        // The worker runs UseForwardedHeaders (all of X-Forwarded-For/-Host/-Proto) and trusts loopback proxies.
        var forwardedFor = context.Connection.RemoteIpAddress?.ToString();
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", incoming.Scheme);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", incoming.Host.Value);
        request.Headers.Remove(InvocationIdHeader);
        request.Headers.TryAddWithoutValidation(InvocationIdHeader, invocationId);
        return request;
    }

    private static async Task CopyResponseAsync(HttpResponseMessage response, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (HttpForwardingHeaders.IsForwarded(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await body.CopyToAsync(context.Response.Body, cancellationToken);
    }

    private async Task<bool> SucceededAsync(Task<InvocationResponse> outcome, FunctionDescriptor function, string invocationId)
    {
        try
        {
            var response = await outcome.WaitAsync(OutcomeWait);
            return InvocationOutcome.Succeeded(response);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or WorkerUnavailableException)
        {
            logger.LogError("Function {FunctionName} gave no outcome (invocation {InvocationId}): {Reason}", function.Name, invocationId, exception.Message);
            return false;
        }
    }

    /// <summary>Keeps an abandoned invocation's failure from going unobserved.</summary>
    private static void Observe(Task<InvocationResponse> outcome) =>
        _ = outcome.ContinueWith(static task => _ = task.Exception, TaskScheduler.Default);
}
