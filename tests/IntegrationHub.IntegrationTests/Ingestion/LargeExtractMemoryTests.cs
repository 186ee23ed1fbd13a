using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Ingestion;

/// <summary>
/// A 64 MiB extract through the worker (its own process, under the local Functions host): accepted (spooled, landed on Blob in blocks), processed
/// (streamed back from Blob through the CSV reader), with the app's working set sampled the whole time. The rows
/// are wide (an unknown <c>notes</c> column of padding, reported once and ignored), so the file is at the size
/// limit while processing stays short: what is measured is what the body costs the app on its way through
/// storage, not the linkage of 765,000 clients (<c>./hub bench extract</c> does that, in about 45 minutes).
/// </summary>
public sealed class LargeExtractMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const string Council = "S12000049";
    private const int Clients = 250;
    private const int Quarters = 4;
    private const long TargetBytes = (64L * 1024 * 1024) - 1024;
    private const long PeakLimitBytes = 300L * 1000 * 1000;

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();
    private readonly string file = Path.Combine(Path.GetTempPath(), $"ih-extract-{Guid.NewGuid():N}.csv");

    public void Dispose()
    {
        File.Delete(file);
        emulators.Dispose();
    }

    [Fact]
    public async Task Extract64MiB_IsAcceptedAndProcessed_WithTheAppsPeakWorkingSetUnder300MB()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var bytes = await WriteExtractAsync(run);
        using var app = new HubAppFactory(emulators);
        using var client = app.ClientFor("Submitter", Council);
        var idle = app.Host.WorkerWorkingSet();

        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(app, sampling.Token);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string location;
        await using (var body = File.OpenRead(file))
        {
            using var content = new StreamContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var response = await client.PostAsync("/api/social-care/extracts", content);
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{app.Host.Output}");
            location = response.Content.Headers.ContentLocation!.ToString();
        }

        var accepted = clock.Elapsed;
        var status = await SubmissionPolling.WaitForFinishAsync(client, location, TimeSpan.FromMinutes(5));
        var processed = clock.Elapsed - accepted;
        await sampling.CancelAsync();
        var sampledPeak = await sampler;
        var (_, peak) = app.Host.WorkerWorkingSet();

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"extract {bytes / 1048576.0:F1} MiB, {Clients * Quarters} rows: accepted in {accepted.TotalSeconds:F1} s, processed in {processed.TotalSeconds:F1} s, status {status.GetProperty("status").GetString()}"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"app working set: idle {Mb(idle.Current):F0} MB, sampled peak {Mb(sampledPeak):F0} MB, peak since start (VmHWM) {Mb(peak):F0} MB; limit {Mb(PeakLimitBytes):F0} MB"));

        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(Clients * Quarters, status.GetProperty("counts").GetProperty("entries").GetInt32());
        Assert.Equal(Clients, status.GetProperty("counts").GetProperty("activities").GetInt32());
        Assert.True(peak < PeakLimitBytes, $"peak working set {Mb(peak):F0} MB");
    }

    private static double Mb(long bytes) => bytes / 1_000_000.0;

    /// <summary>Samples the app's resident set every 100 ms until cancelled; returns the largest seen.</summary>
    private static async Task<long> SampleAsync(HubAppFactory app, CancellationToken cancellationToken)
    {
        var max = 0L;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                max = Math.Max(max, app.Host.WorkerWorkingSet().Current);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // Sampling ends when the submission has finished.
        }

        return max;
    }

    /// <summary>Clients with an alarm/telecare episode over four quarters; each row padded to reach the target size.</summary>
    private async Task<long> WriteExtractAsync(string run)
    {
        const string header = "sending_location,social_care_id,period,service,service_type,service_start_date,notes";
        var rows = Clients * Quarters;
        var padding = (int)((TargetBytes - header.Length - 2) / rows) - 64;
        var notes = new string('x', padding);
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteAsync(header + "\r\n");
            for (var c = 0; c < Clients; c++)
            {
                for (var q = 1; q <= Quarters; q++)
                {
                    await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"260,{run}C{c:D4},2025Q{q},AT,1,2025-04-{(c % 28) + 1:D2},{notes}\r\n"));
                }
            }
        }

        var bytes = new FileInfo(file).Length;
        Assert.InRange(bytes, 63L * 1024 * 1024, 64L * 1024 * 1024);
        return bytes;
    }
}
