using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using Azure.Core;

namespace IntegrationHub.Infrastructure.Storage;

/// <summary>
/// The Blob operations the hub uses (REST API, on Azure.Core). Bodies above <see cref="SinglePutLimit"/> go up
/// as blocks read one at a time from the source stream, so memory stays bounded whatever the body's size.
/// </summary>
public sealed class BlobStorageClient(StorageTransport transport)
{
    private static readonly int[] Created = [201];
    private static readonly int[] Ok = [200];

    /// <summary>Largest body sent in one Put Blob; also the block size above it.</summary>
    public int SinglePutLimit { get; init; } = 4 * 1024 * 1024;

    public async Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken)
    {
        using var message = Message(RequestMethod.Put, container, null, "restype=container");
        try
        {
            await transport.SendAsync(message, Created, cancellationToken);
        }
        catch (StorageRequestException ex) when (ex.Kind == StorageErrorKind.Conflict)
        {
            // ContainerAlreadyExists: the goal state.
        }
    }

    /// <summary>
    /// Uploads a block blob. With <paramref name="overwrite"/> false the write is write-once (If-None-Match: *)
    /// and an existing blob raises a <see cref="StorageErrorKind.Conflict"/> error.
    /// </summary>
    public async Task PutBlobAsync(string container, string name, Stream content, string contentType, bool overwrite, CancellationToken cancellationToken)
    {
        var buffer = new byte[SinglePutLimit];
        var first = await FillAsync(content, buffer, cancellationToken);
        if (first < buffer.Length)
        {
            using var message = Message(RequestMethod.Put, container, name, null);
            message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
            message.Request.Headers.SetValue("Content-Type", contentType);
            WriteOnce(message, overwrite);
            message.Request.Content = RequestContent.Create(new ReadOnlyMemory<byte>(buffer, 0, first));
            await SendPutAsync(message, cancellationToken);
            return;
        }

        var blockIds = new List<string>();
        var filled = first;
        while (filled > 0)
        {
            var blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes(blockIds.Count.ToString("D8", CultureInfo.InvariantCulture)));
            using (var block = Message(RequestMethod.Put, container, name, "comp=block&blockid=" + Uri.EscapeDataString(blockId)))
            {
                block.Request.Content = RequestContent.Create(new ReadOnlyMemory<byte>(buffer, 0, filled));
                await transport.SendAsync(block, Created, cancellationToken);
            }

            blockIds.Add(blockId);
            filled = await FillAsync(content, buffer, cancellationToken);
        }

        var list = new XElement("BlockList", blockIds.Select(id => new XElement("Latest", id)));
        using var commit = Message(RequestMethod.Put, container, name, "comp=blocklist");
        commit.Request.Headers.SetValue("x-ms-blob-content-type", contentType);
        WriteOnce(commit, overwrite);
        commit.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(list.ToString(SaveOptions.DisableFormatting)));
        await SendPutAsync(commit, cancellationToken);
    }

    public async Task<BlobDownload> GetBlobAsync(string container, string name, CancellationToken cancellationToken)
    {
        var message = Message(RequestMethod.Get, container, name, null);
        message.BufferResponse = false;
        BlobDownload? download = null;
        try
        {
            var response = await transport.SendAsync(message, Ok, cancellationToken);
            var stream = message.ExtractResponseContent() ?? Stream.Null;
            download = new BlobDownload(new OwningStream(stream, message), Properties(name, response));
            return download;
        }
        finally
        {
            if (download is null)
            {
                message.Dispose();
            }
        }
    }

    public async Task<BlobItem> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken)
    {
        using var message = Message(RequestMethod.Head, container, name, null);
        var response = await transport.SendAsync(message, Ok, cancellationToken);
        return Properties(name, response);
    }

    public async Task DeleteBlobAsync(string container, string name, CancellationToken cancellationToken)
    {
        using var message = Message(RequestMethod.Delete, container, name, null);
        await transport.SendAsync(message, [202], cancellationToken);
    }

    /// <summary>Lists blobs under a prefix, following NextMarker continuation page by page.</summary>
    public async IAsyncEnumerable<BlobItem> ListBlobsAsync(
        string container,
        string? prefix,
        int pageSize = 1000,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? marker = null;
        do
        {
            var query = "restype=container&comp=list&maxresults=" + pageSize.ToString(CultureInfo.InvariantCulture)
                + (prefix is null ? string.Empty : "&prefix=" + Uri.EscapeDataString(prefix))
                + (marker is null ? string.Empty : "&marker=" + Uri.EscapeDataString(marker));
            using var message = Message(RequestMethod.Get, container, null, query);
            var response = await transport.SendAsync(message, Ok, cancellationToken);
            var document = XDocument.Parse(response.Content.ToString().TrimStart('\uFEFF'));
            foreach (var blob in document.Root!.Element("Blobs")?.Elements("Blob") ?? [])
            {
                var properties = blob.Element("Properties");
                yield return new BlobItem(
                    blob.Element("Name")!.Value,
                    long.Parse(properties?.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture),
                    properties?.Element("Content-Type")?.Value,
                    properties?.Element("Etag")?.Value,
                    properties?.Element("Last-Modified") is { } modified ? DateTimeOffset.Parse(modified.Value, CultureInfo.InvariantCulture) : null);
            }

            marker = document.Root.Element("NextMarker")?.Value;
        }
        while (!string.IsNullOrEmpty(marker));
    }

    private static void WriteOnce(HttpMessage message, bool overwrite)
    {
        if (!overwrite)
        {
            message.Request.Headers.SetValue("If-None-Match", "*");
        }
    }

    private static BlobItem Properties(string name, Azure.Response response)
    {
        response.Headers.TryGetValue("Content-Length", out var length);
        response.Headers.TryGetValue("Content-Type", out var type);
        response.Headers.TryGetValue("ETag", out var etag);
        response.Headers.TryGetValue("Last-Modified", out var modified);
        return new BlobItem(
            name,
            long.TryParse(length, CultureInfo.InvariantCulture, out var l) ? l : 0,
            type,
            etag,
            modified is null ? null : DateTimeOffset.Parse(modified, CultureInfo.InvariantCulture));
    }

    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await source.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    private async Task SendPutAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(message, Created, cancellationToken);
        }
        catch (StorageRequestException ex) when (ex.Kind == StorageErrorKind.PreconditionFailed && message.Request.Headers.TryGetValue("If-None-Match", out _))
        {
            // The service answers If-None-Match: * on an existing blob with 409 BlobAlreadyExists or 412; both mean "already there".
            throw new StorageRequestException(409, "BlobAlreadyExists", ex.Message);
        }
    }

    private HttpMessage Message(RequestMethod method, string container, string? name, string? query)
    {
        var path = container + (name is null ? string.Empty : "/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString)));
        var uri = new Uri(transport.Account.BlobEndpoint.ToString().TrimEnd('/') + "/" + path + (query is null ? string.Empty : "?" + query));
        var message = transport.Pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        return message;
    }
}
