using System.Text;

namespace IntegrationHub.IntegrationTests.BadInput;

/// <summary>
/// A read-only stream of a prefix followed by spaces up to a length, produced on the fly: oversize bodies
/// without holding tens of MiB in memory, and without a known length (so the request is sent chunked).
/// </summary>
public sealed class GeneratedBodyStream(string prefix, long length) : Stream
{
    private readonly byte[] head = Encoding.ASCII.GetBytes(prefix);
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - position);
        for (var i = 0; i < n; i++)
        {
            var at = position + i;
            buffer[offset + i] = at < head.Length ? head[at] : (byte)' ';
        }

        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
