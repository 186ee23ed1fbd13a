using System.Security.Cryptography;
using System.Text.Json;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>A person's activity as its IA sees it, and the content hash that tells a change from a resend.</summary>
public static class IaActivityMapper
{
    private static readonly JsonSerializerOptions HashJson = new(JsonSerializerDefaults.Web);

    public static IaActivity From(ActivityRecord a, PersonRecord? person, string anonId) => new()
    {
        ActivityId = a.ActivityId,
        AnonId = anonId,
        Ia = a.IaCode!,
        Kind = a.Kind.Value,
        Setting = a.Setting,
        AdmissionType = a.AdmissionType,
        Start = a.Start,
        End = a.End,
        BedDays = a.BedDays,
        Hours = a.Hours,
        ServiceType = a.ServiceType,
        DelayReason = a.DelayReason,
        Sex = person?.Sex,
        AgeAtStart = person?.BirthDate is { } born ? Age(born, a.Start) : null,
        Source = new IaActivitySource(a.Source.Org, a.Source.Kind),
        Periods = a.Periods,
    };

    public static string Hash(IaActivity activity) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(activity with { PublishedAt = default }, HashJson)).AsSpan(0, 16));

    public static int? Age(DateOnly born, DateOnly on)
    {
        if (on < born)
        {
            return null;
        }

        // Compared by month and day, so someone born on 29 February turns a year older on 1 March in other
        // years, as in UK law (AddYears would make it 28 February).
        var age = on.Year - born.Year;
        return (on.Month, on.Day).CompareTo((born.Month, born.Day)) < 0 ? age - 1 : age;
    }
}
