using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// One Azure.Core pipeline for both services: version header, retries, and Shared Key or bearer-token
/// authentication. Failed responses are turned into <see cref="StorageRequestException"/> here, once.
/// </summary>
public sealed class StorageTransport
{
    public const string ApiVersion = "2025-01-05";

    public StorageTransport(StorageAccount account, TokenCredential? credential, TimeProvider time, StorageClientOptions? options = null)
    {
        Account = account;
        HttpPipelinePolicy auth = account.UsesSharedKey
            ? new SharedKeyPolicy(account.AccountName!, account.AccountKey!, time)
            : new BearerTokenAuthenticationPolicy(
                credential ?? throw new InvalidOperationException("Storage needs a connection string or a token credential."),
                "https://storage.azure.com/.default");
        Pipeline = HttpPipelineBuilder.Build(
            options ?? new StorageClientOptions(),
            [new VersionPolicy()],
            [auth],
            new ResponseClassifier());
    }

    public StorageAccount Account { get; }

    public HttpPipeline Pipeline { get; }

    public Request Create(RequestMethod method, Uri uri)
    {
        var request = Pipeline.CreateRequest();
        request.Method = method;
        request.Uri.Reset(uri);
        return request;
    }

    /// <summary>Sends and returns the response when its status is one of <paramref name="ok"/>; otherwise throws.</summary>
    public async Task<Response> SendAsync(HttpMessage message, int[] ok, CancellationToken cancellationToken)
    {
        try
        {
            await Pipeline.SendAsync(message, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            throw Unreachable(message.Request, ex);
        }
        catch (AggregateException ex)
        {
            // Azure.Core's retry policy gives up with every attempt's failure aggregated.
            throw Unreachable(message.Request, ex);
        }

        var response = message.Response;
        if (ok.Contains(response.Status))
        {
            return response;
        }

        throw await ToExceptionAsync(message.Request, response, cancellationToken);
    }

    private StorageRequestException Unreachable(Request request, Exception ex) =>
        new(0, "ServiceUnreachable", $"{request.Method} {request.Uri.Path} could not reach the storage service: {ex.GetBaseException().Message}", ex)
        {
            Service = ServiceOf(request),
        };

    /// <summary>Blob or queue, from the endpoint the request went to (both may share a host, not a base path).</summary>
    private string ServiceOf(Request request) =>
        request.Uri.ToUri().AbsoluteUri.StartsWith(Account.QueueEndpoint.AbsoluteUri.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? "queue" : "blob";

    private async Task<StorageRequestException> ToExceptionAsync(Request request, Response response, CancellationToken cancellationToken)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        var detail = string.Empty;
        if (response.ContentStream is { } stream && request.Method != RequestMethod.Head)
        {
            using var reader = new StreamReader(stream);
            var body = await reader.ReadToEndAsync(cancellationToken);
            if (body.StartsWith('<') || body.StartsWith('\uFEFF'))
            {
                try
                {
                    var error = XDocument.Parse(body.TrimStart('\uFEFF')).Root;
                    code ??= error?.Element("Code")?.Value;
                    detail = error?.Element("Message")?.Value.Split('\n')[0] ?? string.Empty;
                }
                catch (System.Xml.XmlException)
                {
                    detail = body.Length > 200 ? body[..200] : body;
                }
            }
        }

        return new StorageRequestException(
            response.Status,
            code,
            $"{request.Method} {request.Uri.Path} failed: {response.Status} {code} {detail}".TrimEnd())
        {
            Service = ServiceOf(request),
        };
    }

    private sealed class VersionPolicy : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue("x-ms-version", ApiVersion);
    }
}
