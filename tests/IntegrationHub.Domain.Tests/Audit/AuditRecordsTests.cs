using System.Text.Json;
using IntegrationHub.Domain.Audit;
using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Tests.Audit;

public sealed class AuditRecordsTests
{
    private static readonly AuditRequest Request = new(
        new DateTimeOffset(2026, 11, 29, 23, 59, 59, TimeSpan.Zero),
        new AuditActor { Subject = "u-1", Name = "Isla Reviewer", Roles = ["LinkageReviewer"], Ias = ["S37000031"] },
        "203.0.113.9",
        "4bf92f3577b34da6a3ce929d0e0e4736");

    private static readonly ReviewItem Item = new()
    {
        Id = "rv-0123456789ab",
        Ia = "S37000031",
        Status = ReviewItem.Decided,
        RecordPersonId = "p-aaaaaaaaaaaa",
        CandidatePersonId = "p-bbbbbbbbbbbb",
        Record = new MatchRecord("Macaskill", "Morag", new DateOnly(1941, 3, 17), "female", "HS2 9QX"),
        RecordSource = "S08000028:w1",
        RecordChi = "1703411234",
        RecordKeys = ["chi:1703411234"],
        Candidate = new MatchRecord("MacAskill", "Mòrag", new DateOnly(1941, 3, 17), "female", "HS2 9QY"),
        CandidateSource = "S12000013:c1",
        Probability = 0.8,
        Comparison = new Dictionary<string, string> { ["given"] = "alias" },
        Reason = "probable",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Decision = ReviewDecisions.SamePerson,
    };

    private static readonly string[] Identifiable = ["Macaskill", "Morag", "Mòrag", "HS2", "1941", "1703411234", "S08000028:w1", "S12000013:c1"];

    [Fact]
    public void ReviewShown_NamesTheItemAndBothPeople_AndNothingTheyShowed()
    {
        var record = AuditRecords.ReviewShown(Request, Item);

        Assert.Equal((AuditActions.ReviewShown, AuditTargetKinds.Review, Item.Id, AuditResults.Shown), (record.Action, record.TargetKind, record.Target, record.Result));
        Assert.Equal(["p-aaaaaaaaaaaa", "p-bbbbbbbbbbbb"], record.Persons);
        AssertNotIdentifiable(record);
    }

    [Fact]
    public void ReviewDecided_ResultIsTheDecision()
    {
        var record = AuditRecords.ReviewDecided(Request, Item);

        Assert.Equal((AuditActions.ReviewDecided, ReviewDecisions.SamePerson), (record.Action, record.Result));
        Assert.True(record.Concerns("p-bbbbbbbbbbbb"));
        AssertNotIdentifiable(record);
    }

    [Fact]
    public void EveryRecord_CarriesTheRequestsWhoWhenWhere_AndIsPartitionedByItsUtcDay()
    {
        var record = AuditRecords.Refused(Request, "GET /api/linkage/reviews", 401);

        Assert.Equal("2026-11-29", record.Day);
        Assert.Equal((Request.Time, Request.Actor, Request.ClientAddress, Request.TraceId), (record.Time, record.Actor, record.ClientAddress, record.TraceId));
        Assert.Equal(AuditResults.Unauthenticated, record.Result);
        Assert.Equal(AuditResults.Forbidden, AuditRecords.Refused(Request, "GET /api/linkage/reviews", 403).Result);
        Assert.StartsWith("au-", record.Id, StringComparison.Ordinal);
        Assert.NotEqual(record.Id, AuditRecords.Refused(Request, "GET /api/linkage/reviews", 401).Id);
    }

    [Fact]
    public void SubmissionRead_NamesTheSubmissionOnly()
    {
        var submission = new Submission
        {
            Id = "sub-1",
            Org = "S08000031",
            Kind = SubmissionKind.Fhir,
            Status = SubmissionStatus.Completed,
            ReceivedAt = DateTimeOffset.UnixEpoch,
            LandingPath = "fhir/S08000031/abc.json",
            BodySha256 = "abc",
            BodyLength = 10,
        };

        var record = AuditRecords.SubmissionRead(Request, submission);

        Assert.Equal((AuditActions.SubmissionRead, AuditTargetKinds.Submission, "sub-1"), (record.Action, record.TargetKind, record.Target));
        Assert.Empty(record.Persons);
        Assert.DoesNotContain("fhir/S08000031/abc.json", JsonSerializer.Serialize(record), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationRefused_NamesTheSettingNotItsValue()
    {
        var record = AuditRecords.ConfigurationRefused(Request with { Actor = AuditActor.Hub }, "Auth:DevelopmentSigningKey");

        Assert.Equal((AuditActions.ConfigurationRefused, AuditTargetKinds.Setting, "Auth:DevelopmentSigningKey", AuditResults.Refused), (record.Action, record.TargetKind, record.Target, record.Result));
        Assert.Equal(AuditActor.Hub, record.Actor);
    }

    [Theory]
    [InlineData("2026-11-01", "2026-11-03", 3)]
    [InlineData("2026-12-31", "2027-01-01", 2)]
    [InlineData("2026-11-01", "2026-11-01", 1)]
    public void Range_IncludesBothEnds(string from, string to, int days)
    {
        Assert.True(AuditDays.TryParse(from, out var first));
        Assert.True(AuditDays.TryParse(to, out var last));
        Assert.Equal(days, AuditDays.Range(first, last).Count());
        Assert.False(AuditDays.TryParse("2026-13-01", out _));
    }

    private static void AssertNotIdentifiable(AuditRecord record)
    {
        var json = JsonSerializer.Serialize(record);
        Assert.All(Identifiable, value => Assert.DoesNotContain(value, json, StringComparison.OrdinalIgnoreCase));
    }
}
