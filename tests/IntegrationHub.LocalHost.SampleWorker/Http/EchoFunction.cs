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
        // Hashed as it streams in: a 64 MiB upload is never held whole.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var head = new MemoryStream();
        var chunk = new byte[81920];
        long length = 0;
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
            if (head.Length < 4096)
            {
                head.Write(chunk, 0, Math.Min(read, 4096 - (int)head.Length));
            }

            length += read;
        }

        request.HttpContext.Response.Headers["x-echo-id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new OkObjectResult(new
        {
            id,
            method = request.Method,
            query = request.Query["q"].ToString(),
            header = request.Headers["x-sample"].ToString(),
            invocationHeader = request.Headers["x-ms-invocation-id"].ToString(),
            length,
            sha256 = Convert.ToHexString(hash.GetHashAndReset()),
            body = length <= 4096 ? System.Text.Encoding.UTF8.GetString(head.ToArray()) : null,
        });
    }
}
