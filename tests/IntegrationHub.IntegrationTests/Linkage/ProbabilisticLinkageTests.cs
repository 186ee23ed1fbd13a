using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Linkage;

/// <summary>
/// The online matcher and the review queue end to end, on records without CHI in Moray. Every test makes up its
/// own surname, so its people can only ever match each other.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class ProbabilisticLinkageTests(SharedHubApp app)
{
    private const string Moray = "S37000019";
    private const string MorayCouncil = "S12000020";
    private const string Grampian = "S08000020";
    private const string Highland = "S08000022";
    private const string Tayside = "S08000030";

    [Fact]
    public async Task SamePersonFromAnotherBoard_MacMcAndGaelicForename_LinksToTheExistingPerson()
    {
        var family = Fhir.Surname(Guid.NewGuid().ToString());
        var first = await SubmitAsync(Grampian, "g1", "Mhairi", "Mac" + family, "1948-03-12", "IV30 1AB");
        var second = await SubmitAsync(Highland, "h1", "Mary", "Mc" + family, "1948-03-12", "IV30 1AB");

        Assert.Equal((1, 1), (first.People, first.NewPeople));
        Assert.Equal((1, 0), (second.People, second.NewPeople));
        Assert.Equal(await OwnerAsync(Grampian, "g1", family), await OwnerAsync(Highland, "h1", family));
    }

    [Fact]
    public async Task CouncilClientWithoutChi_LinksToTheNhsPerson_AndTheirActivityJoinsOneTimeline()
    {
        var family = Fhir.Surname(Guid.NewGuid().ToString());
        await SubmitAsync(Grampian, "n1", "Alasdair", family, "1937-09-30", "IV30 6GR", male: true, encounterId: "enc-n1");
        var csv = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care\r\n"
            + $"300,{family},2025Q2,,Alexander,{family},1937-09-30,1,IV30 6GR,,HC,2,2025-06-10,,14,0,,,\r\n";
        using var council = app.ClientFor("Submitter", MorayCouncil);
        using var response = await council.PostAsync("/api/social-care/extracts", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        var status = await SubmissionPolling.WaitForFinishAsync(council, response.Headers.Location?.ToString() ?? response.Content.Headers.ContentLocation!.ToString());

        Assert.Equal(("completed", 1, 0), (status.GetProperty("status").GetString(), status.GetProperty("counts").GetProperty("people").GetInt32(), status.GetProperty("counts").GetProperty("newPeople").GetInt32()));
        var nhs = await OwnerAsync(Grampian, "n1", family);
        Assert.Equal(nhs, await app.Services.GetRequiredService<IIdentifierIndex>().FindAsync(IdentifierKeys.SocialCare(MorayCouncil, family), default));
        Assert.Equal(["home-care", "outpatient"], (await app.Services.GetRequiredService<IPersonStore>().GetActivitiesAsync(nhs!, default)).Select(a => a.Kind.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DifferentPeopleOfOneSurname_FatherAndSonAtOneAddress_StayApart()
    {
        var family = Fhir.Surname(Guid.NewGuid().ToString());
        await SubmitAsync(Grampian, "father", "Angus", family, "1951-06-02", "AB56 1AA", male: true);
        var son = await SubmitAsync(Highland, "son", "Angus", family, "1979-11-23", "AB56 1AA", male: true);

        Assert.Equal(1, son.NewPeople);
        Assert.NotEqual(await OwnerAsync(Grampian, "father", family), await OwnerAsync(Highland, "son", family));
    }

    [Fact]
    public async Task SameBoardSecondId_GoesToReview_SamePersonMergesActivitiesAndFeedsSeeIt()
    {
        var family = Fhir.Surname(Guid.NewGuid().ToString());
        await SubmitAsync(Grampian, "a1", "Eilidh", family, "1940-02-29", "IV30 5XY", encounterId: "enc-a1");
        var duplicate = await SubmitAsync(Grampian, "a2", "Helen", family, "1940-02-29", "IV30 5XY", encounterId: "enc-a2");
        var survivor = (await OwnerAsync(Grampian, "a1", family))!;
        var merged = (await OwnerAsync(Grampian, "a2", family))!;

        // The board's own system holds two ids: the hub keeps them apart and asks a reviewer.
        Assert.Equal(1, duplicate.NewPeople);
        Assert.NotEqual(survivor, merged);
        var item = await OpenItemAsync(family);
        Assert.Equal(Moray, item.GetProperty("ia").GetString());
        Assert.Equal("alias", item.GetProperty("comparison").GetProperty("given").GetString());
        Assert.Equal("close", item.GetProperty("verdicts").GetProperty("given").GetString());
        Assert.Equal(("Helen", "Eilidh"), (item.GetProperty("record").GetProperty("given").GetString(), item.GetProperty("candidate").GetProperty("given").GetString()));

        var pseudonymiser = app.Services.GetRequiredService<Pseudonymiser>();
        var (oldAnon, newAnon) = (pseudonymiser.AnonId(merged), pseudonymiser.AnonId(survivor));
        using var analyst = app.ClientFor("Analyst", null, Moray);
        await Eventually.ReachAsync(() => FeedAsync(analyst), feed => feed.Any(e => e.GetProperty("anonId").GetString() == oldAnon));

        using var reviewer = app.ClientFor("LinkageReviewer", null, Moray);
        using var decided = await reviewer.PostAsJsonAsync($"/api/linkage/reviews/{item.GetProperty("id").GetString()}", new { decision = "same-person" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("decided", (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Identifiers, activities and the feed follow the survivor.
        Assert.Equal(survivor, await OwnerAsync(Grampian, "a2", family));
        var people = app.Services.GetRequiredService<IPersonStore>();
        Assert.Empty(await people.GetActivitiesAsync(merged, default));
        var moved = (await people.GetActivitiesAsync(survivor, default)).Select(a => a.ActivityId).ToList();
        Assert.Equal(2, moved.Count);
        var feed = await FeedAsync(analyst);
        var movedId = feed.Single(e => e.GetProperty("anonId").GetString() == oldAnon && e.GetProperty("op").GetString() == "delete").GetProperty("activityId").GetString();
        Assert.Contains(movedId, moved);
        Assert.Contains(feed, e => e.GetProperty("activityId").GetString() == movedId && e.GetProperty("op").GetString() == "upsert" && e.GetProperty("anonId").GetString() == newAnon);
        var timeline = await analyst.GetFromJsonAsync<JsonElement>($"/api/ia/{Moray}/people/{newAnon}");
        Assert.Equal(2, timeline.GetProperty("activities").GetArrayLength());
        Assert.DoesNotContain(await OpenItemsAsync(reviewer), i => i.GetProperty("record").GetProperty("family").GetString() == family);

        // Deciding again the same way changes nothing; the other way is refused.
        using var again = await reviewer.PostAsJsonAsync($"/api/linkage/reviews/{item.GetProperty("id").GetString()}", new { decision = "same-person" });
        using var reversed = await reviewer.PostAsJsonAsync($"/api/linkage/reviews/{item.GetProperty("id").GetString()}", new { decision = "different-people" });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (again.StatusCode, reversed.StatusCode));

        // A later record under the merged id lands on the survivor.
        var later = await SubmitAsync(Grampian, "a2", "Helen", family, "1940-02-29", "IV30 5XY", encounterId: "enc-a3");
        Assert.Equal(0, later.NewPeople);
        Assert.Equal(3, (await people.GetActivitiesAsync(survivor, default)).Count);
    }

    [Fact]
    public async Task DifferentPeople_IsRememberedAndThePairNeverSuggestedAgain()
    {
        var family = Fhir.Surname(Guid.NewGuid().ToString());
        await SubmitAsync(Grampian, "b1", "Catriona", family, "1962-08-14", "AB55 5NN");
        await SubmitAsync(Grampian, "b2", "Catriona", family, "1962-08-14", "AB55 5NN");
        var (p1, p2) = ((await OwnerAsync(Grampian, "b1", family))!, (await OwnerAsync(Grampian, "b2", family))!);
        var item = await OpenItemAsync(family);
        using var reviewer = app.ClientFor("LinkageReviewer", null, Moray);
        using var decided = await reviewer.PostAsJsonAsync($"/api/linkage/reviews/{item.GetProperty("id").GetString()}", new { decision = "different-people" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        // Another board's identical record now matches both people; without the reviewer's answer that would be
        // "more than one person matches" and a new review of the same two. It links to one of them instead.
        var third = await SubmitAsync(Tayside, "t1", "Catriona", family, "1962-08-14", "AB55 5NN");
        Assert.Equal(0, third.NewPeople);
        Assert.Contains(await OwnerAsync(Tayside, "t1", family), new[] { p1, p2 });
        Assert.DoesNotContain(await OpenItemsAsync(reviewer), i => i.GetProperty("record").GetProperty("family").GetString() == family);
        Assert.NotEqual(p1, p2);
    }

    [Fact]
    public async Task ReviewRoutes_OnlyForReviewersOfThatIa()
    {
        using var otherIa = app.ClientFor("LinkageReviewer", null, "S37000022");
        using var analyst = app.ClientFor("Analyst", null, Moray);
        using var listOther = await otherIa.GetAsync($"/api/linkage/reviews?ia={Moray}");
        using var listAsAnalyst = await analyst.GetAsync($"/api/linkage/reviews?ia={Moray}");
        using var noIa = await otherIa.GetAsync("/api/linkage/reviews");
        using var badDecision = await otherIa.PostAsJsonAsync("/api/linkage/reviews/rv-x", new { decision = "maybe" });
        using var unknown = await otherIa.PostAsJsonAsync("/api/linkage/reviews/rv-x", new { decision = "same-person" });

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound),
            (listOther.StatusCode, listAsAnalyst.StatusCode, noIa.StatusCode, badDecision.StatusCode, unknown.StatusCode));
        Assert.Equal("application/problem+json", listOther.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(int People, int NewPeople)> SubmitAsync(string board, string patientId, string given, string family, string born, string postcode, bool male = false, string? encounterId = null)
    {
        var encounter = encounterId is null ? string.Empty
            : ",{\"resource\":{\"resourceType\":\"Encounter\",\"id\":\"" + encounterId + "-" + family
              + "\",\"status\":\"finished\",\"class\":{\"code\":\"AMB\"},\"subject\":{\"reference\":\"urn:uuid:p\"},\"period\":{\"start\":\"2025-06-03\"}}}";
        var sex = male ? "male" : "female";
        var body = $$$"""
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"urn:uuid:p","resource":{"resourceType":"Patient","id":"{{{patientId}}}-{{{family}}}","name":[{"family":"{{{family}}}","given":["{{{given}}}"]}],
               "gender":"{{{sex}}}","birthDate":"{{{born}}}","address":[{"postalCode":"{{{postcode}}}","district":"{{{MorayCouncil}}}"}]}}{{{encounter}}}
            ]}
            """;
        using var client = app.ClientFor("Submitter", board);
        using var response = await client.PostAsync("/api/fhir", Fhir.Content(body));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await SubmissionPolling.WaitForFinishAsync(client, response.Headers.Location?.ToString() ?? response.Content.Headers.ContentLocation!.ToString());
        Assert.Equal("completed", status.GetProperty("status").GetString());
        var counts = status.GetProperty("counts");
        return (counts.GetProperty("people").GetInt32(), counts.GetProperty("newPeople").GetInt32());
    }

    private Task<string?> OwnerAsync(string board, string patientId, string family) =>
        app.Services.GetRequiredService<IIdentifierIndex>().FindAsync(IdentifierKeys.SourceResource(board, "Patient", patientId + "-" + family), default);

    private async Task<JsonElement> OpenItemAsync(string family)
    {
        using var reviewer = app.ClientFor("LinkageReviewer", null, Moray);
        return (await OpenItemsAsync(reviewer)).Single(i => i.GetProperty("record").GetProperty("family").GetString() == family);
    }

    private static async Task<List<JsonElement>> OpenItemsAsync(HttpClient reviewer)
    {
        var list = await reviewer.GetFromJsonAsync<JsonElement>($"/api/linkage/reviews?ia={Moray}");
        return [.. list.GetProperty("items").EnumerateArray()];
    }

    private static async Task<List<JsonElement>> FeedAsync(HttpClient analyst)
    {
        var text = await analyst.GetStringAsync($"/api/ia/{Moray}/feed?date={ScottishTime.Today(TimeProvider.System):yyyy-MM-dd}");
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }
}
