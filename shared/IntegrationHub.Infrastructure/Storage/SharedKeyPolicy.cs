using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// Signs each request with the account key (Storage Shared Key). Runs per retry so x-ms-date is fresh. The
/// canonical resource is /account + the URL path, which for Azurite's path-style URLs repeats the account name.
/// </summary>
public sealed class SharedKeyPolicy(string accountName, string accountKey, TimeProvider time) : HttpPipelineSynchronousPolicy
{
    private readonly byte[] key = Convert.FromBase64String(accountKey);

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        var stringToSign = StringToSign(request);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }

    private string StringToSign(Request request)
    {
        string Header(string name) => request.Headers.TryGetValue(name, out var value) ? value : string.Empty;
        var contentLength = request.Content is not null && request.Content.TryComputeLength(out var length) && length > 0
            ? length.ToString(CultureInfo.InvariantCulture)
            : string.Empty;

        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Header("Content-Encoding")).Append('\n')
            .Append(Header("Content-Language")).Append('\n')
            .Append(contentLength).Append('\n')
            .Append(Header("Content-MD5")).Append('\n')
            .Append(Header("Content-Type")).Append('\n')
            .Append('\n') // Date: x-ms-date is used instead
            .Append(Header("If-Modified-Since")).Append('\n')
            .Append(Header("If-Match")).Append('\n')
            .Append(Header("If-None-Match")).Append('\n')
            .Append(Header("If-Unmodified-Since")).Append('\n')
            .Append(Header("Range")).Append('\n');

        foreach (var header in request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Name.ToLowerInvariant(), h.Value))
            .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            builder.Append(header.Name).Append(':').Append(header.Value.Trim()).Append('\n');
        }

        var uri = request.Uri.ToUri();
        builder.Append('/').Append(accountName).Append(uri.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        foreach (var name in query.AllKeys.Where(k => k is not null).Select(k => k!).OrderBy(k => k.ToLowerInvariant(), StringComparer.Ordinal))
        {
            var values = query.GetValues(name)!.Order(StringComparer.Ordinal);
            builder.Append('\n').Append(name.ToLowerInvariant()).Append(':').Append(string.Join(",", values));
        }

        return builder.ToString();
    }
}
