using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Audit;

/// <summary>
/// When the audit trail cannot record, nothing identifiable leaves the app: the trail's Cosmos container is deleted
/// under the running app (on emulators of this test's own), so every write to it fails for real, and the review
/// listing, the decision and an Admin's read of another org's submission answer 503 naming <c>audit</c>.
/// </summary>
public sealed class AuditStoreFailureTests : IDisposable
{
    private const string WesternIsles = "S37000031";

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public void Dispose() => emulators.Dispose();

    [Fact]
    public async Task AuditContainerGone_IdentifiableReadsAnswer503NamingAudit_WithNothingIdentifiable()
    {
        using var app = new HubAppFactory(emulators, HubAppFactory.WithoutTriggers);
        var item = await ReviewSeed.CreateAsync(app, WesternIsles);
        using var sender = app.ClientFor("Submitter", "S08000031");
        using var accepted = await sender.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1)));
        var location = accepted.Content.Headers.ContentLocation!.ToString();
        using var reviewer = app.ClientFor("LinkageReviewer", null, WesternIsles);
        using var admin = app.ClientFor("Admin");
        using var before = await reviewer.GetAsync($"/api/linkage/reviews?ia={WesternIsles}");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await app.Services.GetRequiredService<HubContainers>().Audit.DeleteContainerAsync();

        using var list = await reviewer.GetAsync($"/api/linkage/reviews?ia={WesternIsles}");
        using var decide = await reviewer.PostAsJsonAsync($"/api/linkage/reviews/{item.Id}", new { decision = "different-people" });
        using var submission = await admin.GetAsync(location);
        using var ownSubmission = await sender.GetAsync(location);

        await AssertAuditUnavailableAsync(list);
        await AssertAuditUnavailableAsync(decide);
        await AssertAuditUnavailableAsync(submission);

        // What is not audited does not depend on the trail: the sender still reads its own submission.
        Assert.Equal(HttpStatusCode.OK, ownSubmission.StatusCode);
    }

    private static async Task AssertAuditUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var issue = JsonDocument.Parse(body).RootElement.GetProperty("issues")[0];
        Assert.Equal(("transient", "audit"), (issue.GetProperty("code").GetString(), issue.GetProperty("location").GetString()));
        Assert.All(ReviewSeed.IdentifiableValues, value => Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("p-rec", body, StringComparison.Ordinal);
    }
}
