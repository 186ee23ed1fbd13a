using System.Text;

namespace IntegrationHub.Functions.Telemetry;

/// <summary>
/// Appends whole lines to a file shared with readers (the tests, <c>./hub trace</c>): each batch is one write of
/// complete lines, so a reader never sees half a line from this process.
/// </summary>
public sealed class NdjsonFile(string path)
{
    private readonly Lock gate = new();

    public void Append(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        if (text.Length == 0)
        {
            return;
        }

        lock (gate)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            stream.Write(bytes);
        }
    }
}
