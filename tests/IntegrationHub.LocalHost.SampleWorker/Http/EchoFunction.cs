using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.LocalHost.SampleWorker.Http;

/// <summary>Echoes what arrived: route parameter, method, query, a header and the body (its length and hash too).</summary>
public sealed class EchoFunction
{
    [Function("Echo")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "echo/{id:int}")] HttpRequest request,
        int id,
        CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        request.HttpContext.Response.Headers["x-echo-id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new OkObjectResult(new
        {
            id,
            method = request.Method,
            query = request.Query["q"].ToString(),
            header = request.Headers["x-sample"].ToString(),
            invocationHeader = request.Headers["x-ms-invocation-id"].ToString(),
            length = body.Length,
            sha256 = Convert.ToHexString(SHA256.HashData(body)),
            body = body.Length <= 4096 ? System.Text.Encoding.UTF8.GetString(body) : null,
        });
    }
}
