using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Audit;

/// <summary>
/// Each audited action writes exactly one record naming the actor (from its token) and the target, read back
/// through the Admin audit route; no record carries a name, CHI, birth date or postcode.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class AuditTrailTests(SharedHubApp app)
{
    private const string WesternIsles = "S37000031";
    private const string Orkney = "S37000022";
    private const string Board = "S08000031";

    [Fact]
    public async Task ReviewListing_WritesOneShownRecordPerItem_WithTheReviewerAndBothPeople()
    {
        var item = await ReviewSeed.CreateAsync(app, WesternIsles);
        var subject = Subject();
        using var reviewer = AuditReader.ClientAs(app, subject, "LinkageReviewer", null, WesternIsles);

        using var response = await reviewer.GetAsync($"/api/linkage/reviews?ia={WesternIsles}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(item.Id, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var record = Assert.Single(await AuditReader.RecordsAsync(app, item.Id));
        Assert.Equal(("review.shown", "review", item.Id, "shown"), (Text(record, "action"), Text(record, "targetKind"), Text(record, "target"), Text(record, "result")));
        AssertActor(record, subject, "LinkageReviewer", WesternIsles);
        Assert.Equal([item.RecordPersonId, item.CandidatePersonId], AuditReader.Strings(record.GetProperty("persons")));
        Assert.Matches("^[0-9a-f]{32}$", Text(record, "traceId"));
        Assert.False(string.IsNullOrEmpty(Text(record, "clientAddress")));
        AssertNothingIdentifiable(record);
    }

    [Fact]
    public async Task ReviewDecision_WritesOneDecidedRecord_FindableByEitherPerson()
    {
        var item = await ReviewSeed.CreateAsync(app, WesternIsles);
        var subject = Subject();
        using var reviewer = AuditReader.ClientAs(app, subject, "LinkageReviewer", null, WesternIsles);

        using var response = await reviewer.PostAsJsonAsync($"/api/linkage/reviews/{item.Id}", new { decision = "different-people" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = Assert.Single(await AuditReader.RecordsAsync(app, item.Id));
        Assert.Equal(("review.decided", item.Id, "different-people"), (Text(record, "action"), Text(record, "target"), Text(record, "result")));
        AssertActor(record, subject, "LinkageReviewer", WesternIsles);
        Assert.Equal(item.Id, Text(Assert.Single(await AuditReader.RecordsAsync(app, item.CandidatePersonId)), "target"));
        AssertNothingIdentifiable(record);
    }

    [Fact]
    public async Task AdminReadingAnotherOrgsSubmission_IsRecordedOnce_TheSendersOwnReadIsNot()
    {
        using var sender = app.ClientFor("Submitter", Board);
        using var accepted = await sender.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(1, Guid.NewGuid().ToString())));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Content.Headers.ContentLocation!.ToString();
        var id = location[(location.LastIndexOf('/') + 1)..];
        var subject = Subject();
        using var admin = AuditReader.ClientAs(app, subject, "Admin");

        using var own = await sender.GetAsync(location);
        using var read = await admin.GetAsync(location);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (own.StatusCode, read.StatusCode));
        var record = Assert.Single(await AuditReader.RecordsAsync(app, id));
        Assert.Equal(("submission.read", "submission", id), (Text(record, "action"), Text(record, "targetKind"), Text(record, "target")));
        AssertActor(record, subject, "Admin");
    }

    [Fact]
    public async Task RefusalsOnTheReviewRoutes_AreRecordedOnceEach_WithTheCallerWhenThereIsOne()
    {
        var item = await ReviewSeed.CreateAsync(app, WesternIsles);
        var (analystSubject, otherIaSubject) = (Subject(), Subject());
        using var anonymous = app.CreateClient();
        using var analyst = AuditReader.ClientAs(app, analystSubject, "Analyst", null, WesternIsles);
        using var otherIa = AuditReader.ClientAs(app, otherIaSubject, "LinkageReviewer", null, Orkney);

        using var noToken = await anonymous.PostAsJsonAsync($"/api/linkage/reviews/{item.Id}", new { decision = "same-person" });
        using var wrongRole = await analyst.PostAsJsonAsync($"/api/linkage/reviews/{item.Id}", new { decision = "same-person" });
        using var wrongIa = await otherIa.GetAsync($"/api/linkage/reviews?ia={WesternIsles}");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (noToken.StatusCode, wrongRole.StatusCode, wrongIa.StatusCode));
        var refusals = await AuditReader.RecordsAsync(app, $"POST /api/linkage/reviews/{item.Id}");
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("authorization.refused", Text(r, "action")));
        var unauthenticated = Assert.Single(refusals, r => Text(r, "result") == "unauthenticated");
        Assert.Equal(JsonValueKind.Null, unauthenticated.GetProperty("actor").GetProperty("subject").ValueKind);
        AssertActor(Assert.Single(refusals, r => Text(r, "result") == "forbidden"), analystSubject, "Analyst", WesternIsles);
        var ia = Assert.Single(await ActorRecordsAsync(otherIaSubject));
        Assert.Equal(("authorization.refused", "GET /api/linkage/reviews", "forbidden"), (Text(ia, "action"), Text(ia, "target"), Text(ia, "result")));
        Assert.Empty(await AuditReader.RecordsAsync(app, item.Id));
    }

    [Fact]
    public async Task AuditRoute_IsAdminOnly_AndNamesABadParameter()
    {
        using var analyst = app.ClientFor("Analyst", null, WesternIsles);
        using var reviewer = app.ClientFor("LinkageReviewer", null, WesternIsles);
        using var admin = app.ClientFor("Admin");

        using var asAnalyst = await analyst.GetAsync("/api/audit?from=2026-01-01&to=2026-01-02");
        using var asReviewer = await reviewer.GetAsync("/api/audit?from=2026-01-01&to=2026-01-02");
        using var noFrom = await admin.GetAsync("/api/audit?to=2026-01-02");
        using var badTo = await admin.GetAsync("/api/audit?from=2026-01-01&to=2026-13-01");
        using var backwards = await admin.GetAsync("/api/audit?from=2026-01-02&to=2026-01-01");
        using var tooLong = await admin.GetAsync("/api/audit?from=2026-01-01&to=2026-02-01");
        using var longest = await admin.GetAsync("/api/audit?from=2026-01-01&to=2026-01-31");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (asAnalyst.StatusCode, asReviewer.StatusCode));
        Assert.Equal("application/problem+json", asAnalyst.Content.Headers.ContentType?.MediaType);
        Assert.Equal("from", await BadParameterAsync(noFrom));
        Assert.Equal("to", await BadParameterAsync(badTo));
        Assert.Equal("to", await BadParameterAsync(backwards));
        Assert.Equal("to", await BadParameterAsync(tooLong));
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    private static string Subject() => "audit-test-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<IReadOnlyList<JsonElement>> ActorRecordsAsync(string subject)
    {
        using var admin = app.ClientFor("Admin");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var answer = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}&actor={subject}");
        return [.. answer.GetProperty("items").EnumerateArray()];
    }

    private static async Task<string?> BadParameterAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("issues")[0].GetProperty("location").GetString();
    }

    private static void AssertActor(JsonElement record, string subject, string role, params string[] ias)
    {
        var actor = record.GetProperty("actor");
        Assert.Equal(subject, Text(actor, "subject"));
        Assert.Equal("Auditee " + subject, Text(actor, "name"));
        Assert.Equal([role], AuditReader.Strings(actor.GetProperty("roles")));
        Assert.Equal(ias, AuditReader.Strings(actor.GetProperty("ias")));
    }

    private static void AssertNothingIdentifiable(JsonElement record)
    {
        var json = record.GetRawText();
        Assert.All(ReviewSeed.IdentifiableValues, value => Assert.DoesNotContain(value, json, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
