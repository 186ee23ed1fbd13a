using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Reviews;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Audit;

/// <summary>A review item of the test's own, written through the hub's store, dated long ago so a listing shows it first.</summary>
public static class ReviewSeed
{
    public const string Surname = "Macaskill";
    public const string Postcode = "HS2 9QX";
    public const string BirthDate = "1941-03-17";
    public const string Chi = "1703411234";

    public static async Task<ReviewItem> CreateAsync(HubAppFactory app, string ia)
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var (record, candidate) = ("p-rec" + marker, "p-can" + marker);
        var item = new ReviewItem
        {
            Id = ReviewItem.IdFor(record, candidate),
            Ia = ia,
            Status = ReviewItem.Open,
            RecordPersonId = record,
            CandidatePersonId = candidate,
            Record = new MatchRecord(Surname, "Morag", DateOnly.Parse(BirthDate, System.Globalization.CultureInfo.InvariantCulture), "female", Postcode),
            RecordSource = "S08000028:w1",
            RecordChi = Chi,
            Candidate = new MatchRecord(Surname, "Mòrag", DateOnly.Parse(BirthDate, System.Globalization.CultureInfo.InvariantCulture), "female", Postcode),
            CandidateSource = "S12000013:c1",
            Probability = 0.8,
            Comparison = new Dictionary<string, string> { ["given"] = "alias" },
            Reason = "test",
            CreatedAt = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        await app.Services.GetRequiredService<IReviewStore>().CreateAsync(item, default);
        return item;
    }

    /// <summary>Anything that would make a body or record identifiable: the seeded item's demographics and CHI.</summary>
    public static readonly string[] IdentifiableValues = [Surname, "Morag", "Mòrag", Postcode, BirthDate, Chi];
}
