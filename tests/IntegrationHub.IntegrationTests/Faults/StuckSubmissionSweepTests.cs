using IntegrationHub.Domain.Submissions;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// The crash the sweeper exists for: a body landed and a submission recorded as <c>accepted</c>, but the process
/// died before the ingest message was sent. The sweeper finds it (through the emulator's read feed), re-enqueues
/// it and it completes; submissions that are recent or finished are left alone. Private emulators, so no other
/// app's timer sweeps these submissions first.
/// </summary>
public sealed class StuckSubmissionSweepTests : IDisposable
{
    private const string Board = "S08000031";

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task AcceptedWithoutAMessage_IsReenqueuedAndCompletes_RecentAndFinishedAreLeftAlone()
    {
        using var app = new HubAppFactory(emulators);
        using var client = app.ClientFor("Submitter", Board);
        var now = TimeProvider.System.GetUtcNow();
        var stranded = await RecordedSubmissions.RecordAsync(app, Board, Fhir.Bundle(3), now.AddMinutes(-30), land: true);
        var recent = await RecordedSubmissions.RecordAsync(app, Board, Fhir.Bundle(1), now.AddMinutes(-1), land: true);
        using var finished = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));
        var finishedLocation = finished.Content.Headers.ContentLocation!.ToString();
        await SubmissionPolling.WaitForFinishAsync(client, finishedLocation);

        var requeued = await app.Services.GetRequiredService<StuckSubmissionSweeper>().SweepAsync(TimeSpan.FromMinutes(10), CancellationToken.None);

        Assert.Equal([stranded], requeued);
        var status = await SubmissionPolling.WaitForFinishAsync(client, "/api/submissions/" + stranded);
        Assert.Equal("completed", status.GetProperty("status").GetString());
        Assert.Equal(3, status.GetProperty("counts").GetProperty("entries").GetInt32());
        Assert.Equal(3, status.GetProperty("counts").GetProperty("accepted").GetInt32());
        // The recent one is still waiting: within the threshold it may simply be queued behind others.
        var waiting = await client.GetStringAsync("/api/submissions/" + recent);
        Assert.Contains("\"status\":\"accepted\"", waiting, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingStuck_SweepsNothing()
    {
        using var app = new HubAppFactory(emulators);
        using var client = app.ClientFor("Submitter", Board);
        using var accepted = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));
        await SubmissionPolling.WaitForFinishAsync(client, accepted.Content.Headers.ContentLocation!.ToString());

        var requeued = await app.Services.GetRequiredService<StuckSubmissionSweeper>().SweepAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Empty(requeued);
    }
}
