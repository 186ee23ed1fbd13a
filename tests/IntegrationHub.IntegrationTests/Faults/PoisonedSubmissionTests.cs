using System.Net;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>
/// End to end through the real queue path: a submission whose processing always throws is retried up to
/// host.json's maxDequeueCount, moved to <c>ingest-poison</c>, and ProcessSubmissionPoison marks it failed with
/// the reason, visible in the status API. Private emulators, so no other app instance can process the message.
/// </summary>
public sealed class PoisonedSubmissionTests : IDisposable
{
    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task ProcessingThatAlwaysThrows_EndsFailedWithTheReasonAfterFiveAttempts()
    {
        var exploding = new ExplodingFhirProcessor();
        using var app = new FailingProcessorApp(emulators, exploding);
        using var client = app.ClientFor("Submitter", "S08000031");

        using var accepted = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(2)));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Content.Headers.ContentLocation?.ToString() ?? accepted.Headers.GetValues("Content-Location").Single();

        var status = await SubmissionPolling.WaitForFinishAsync(client, location, TimeSpan.FromSeconds(90));

        Assert.Equal("failed", status.GetProperty("status").GetString());
        var issue = Assert.Single(status.GetProperty("issues").EnumerateArray());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Contains("failed repeatedly", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotNull(status.GetProperty("completedAt").GetString());
        // host.json's maxDequeueCount is 5: every attempt reached the processor, and no more were made.
        Assert.Equal(5, exploding.Calls);
    }

    private sealed class FailingProcessorApp(LocalEmulators emulators, ExplodingFhirProcessor processor) : HubAppFactory(emulators)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // First in the enumeration, so ProcessSubmissionHandler picks it over the real FHIR processor.
            builder.ConfigureTestServices(services => services.Insert(0, ServiceDescriptor.Singleton<ISubmissionProcessor>(processor)));
        }
    }
}
