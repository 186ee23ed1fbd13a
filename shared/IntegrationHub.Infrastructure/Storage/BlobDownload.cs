namespace IntegrationHub.Infrastructure.Storage;

/// <summary>A blob being read: the body streams from the service, it is not buffered.</summary>
public sealed class BlobDownload(Stream content, BlobItem properties) : IAsyncDisposable, IDisposable
{
    public Stream Content { get; } = content;

    public BlobItem Properties { get; } = properties;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
