using System.Text.RegularExpressions;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// End to end through the real queue path: a submission whose processing fails every time (its landed body is
/// gone from Blob storage, so every attempt throws reading it) is retried up to host.json's maxDequeueCount, moved
/// to <c>ingest-poison</c>, and ProcessSubmissionPoison marks it failed with the reason, visible in the status API.
/// Private emulators, so no other app instance can process the message.
/// </summary>
public sealed partial class PoisonedSubmissionTests : IDisposable
{
    private const string Board = "S08000031";
    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task ProcessingThatAlwaysThrows_EndsFailedWithTheReasonAfterFiveAttempts()
    {
        using var app = new HubAppFactory(emulators);
        using var client = app.ClientFor("Submitter", Board);
        // Accepted and recorded, but its landed body has since been lost: processing can never succeed.
        var id = await RecordedSubmissions.RecordAsync(app, Board, Fhir.Bundle(2), TimeProvider.System.GetUtcNow(), land: false);

        await app.Services.GetRequiredService<IWorkQueue>().EnqueueAsync(QueueNames.Ingest, new SubmissionMessage(id).ToJson(), CancellationToken.None);
        var status = await SubmissionPolling.WaitForFinishAsync(client, "/api/submissions/" + id, TimeSpan.FromSeconds(90));

        Assert.Equal("failed", status.GetProperty("status").GetString());
        var issue = Assert.Single(status.GetProperty("issues").EnumerateArray());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Contains("failed repeatedly", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotNull(status.GetProperty("completedAt").GetString());
        // host.json's maxDequeueCount is 5: every attempt reached the function (the host logs each failed one), and no more were made.
        Assert.Equal(5, FailedProcessSubmission().Count(app.Host.Output));
    }

    [GeneratedRegex(@"Executed 'Functions\.ProcessSubmission' \(Failed")]
    private static partial Regex FailedProcessSubmission();
}
