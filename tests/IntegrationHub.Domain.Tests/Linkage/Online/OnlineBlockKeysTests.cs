using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;
using IntegrationHub.Domain.Linkage.Online;

namespace IntegrationHub.Domain.Tests.Linkage.Online;

public sealed class OnlineBlockKeysTests
{
    private static IReadOnlyList<string> Keys(string? family, string? given, string? born, string? sex, string? postcode) =>
        OnlineBlockKeys.For(PreparedRecord.From(new MatchRecord(family, given, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), sex, postcode), NameAliases.Default));

    [Fact]
    public void FullRecord_FiledUnderEveryKeyFamily_AsReadableStrings()
    {
        var keys = Keys("MacDonald", "Mhairi", "1948-03-12", "female", "hs1 2ab");

        Assert.Contains("dob|19480312", keys);
        Assert.Contains("dob|19481203", keys);
        Assert.Contains("sy|MCDONALD|1948", keys);
        Assert.Contains("pc|HS1 2AB|F", keys);
        Assert.Contains(keys, k => k.StartsWith("gs|", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("ps|HS1 2AB|", StringComparison.Ordinal));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void MacMcAndGaelicForename_ShareTheNameKeys()
    {
        var gaelic = Keys("MacDonald", "Mhairi", "1948-03-12", "female", null);
        var english = Keys("Mcdonald", "Mary", "1948-03-12", "female", null);

        var shared = gaelic.Intersect(english).ToList();
        Assert.Contains("sy|MCDONALD|1948", shared);
        Assert.Contains("dob|19480312", shared);
        Assert.Contains(shared, k => k.StartsWith("gs|", StringComparison.Ordinal));
    }

    [Fact]
    public void DayAboveTwelve_HasNoSwappedKey_AndMissingFieldsGiveNoKeys()
    {
        Assert.Equal(["dob|19480325"], Keys(null, null, "1948-03-25", null, null));
        Assert.Empty(Keys(null, "Ann", null, null, null));
    }
}
