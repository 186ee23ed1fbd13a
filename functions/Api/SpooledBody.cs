using System.Security.Cryptography;

namespace IntegrationHub.Functions.Api;

/// <summary>
/// A request body read once: measured, hashed (SHA-256, for idempotency and the landing path) and kept
/// seekable, in memory while small and in a self-deleting temp file beyond that, so a 64 MiB extract does
/// not sit in memory.
/// </summary>
public sealed class SpooledBody : IAsyncDisposable
{
    private const int MemoryLimit = 1024 * 1024;

    private SpooledBody(Stream content, string sha256, long length)
    {
        Content = content;
        Sha256 = sha256;
        Length = length;
    }

    public Stream Content { get; }

    public string Sha256 { get; }

    public long Length { get; }

    /// <summary>Returns null when the body exceeds <paramref name="maxBytes"/>; nothing past the limit is read.</summary>
    public static async Task<SpooledBody?> ReadAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        Stream target = new MemoryStream();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        var complete = false;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return null;
                }

                if (target is MemoryStream memory && memory.Length + read > MemoryLimit)
                {
                    target = await MoveToFileAsync(memory, cancellationToken);
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            complete = true;
        }
        finally
        {
            if (!complete)
            {
                await target.DisposeAsync();
            }
        }

        target.Position = 0;
        return new SpooledBody(target, Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    private static async Task<Stream> MoveToFileAsync(MemoryStream memory, CancellationToken cancellationToken)
    {
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), "ih-body-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        memory.Position = 0;
        await memory.CopyToAsync(file, cancellationToken);
        await memory.DisposeAsync();
        return file;
    }
}
