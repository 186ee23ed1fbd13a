using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Comparison;
using IntegrationHub.Domain.Linkage.Names;

namespace IntegrationHub.Domain.Tests.Linkage.Comparison;

public sealed class RecordComparerTests
{
    private readonly RecordComparer comparer = new(NameAliases.Default);

    [Theory]
    [InlineData("19500315", "19500315", 1)]
    [InlineData("19500315", "19501503", 2)]
    [InlineData("19500304", "19500403", 2)]
    [InlineData("19500315", "19500316", 3)]
    [InlineData("19500315", "19500351", 3)]
    [InlineData("19500315", "19500513", 4)]
    [InlineData("19500315", "19511120", 4)]
    [InlineData("19500315", "19490101", 4)]
    [InlineData("19500315", "19550820", 5)]
    [InlineData("19500315", "19440820", 6)]
    [InlineData("19500315", "19610820", 6)]
    [InlineData(null, "19610820", 0)]
    public void BirthDates_AreGraded(string? a, string? b, int level)
    {
        Assert.Equal(level, RecordComparer.Date(a, b));
    }

    [Theory]
    [InlineData("G31 2AB", "g312ab", 1)]
    [InlineData("G31 2AB", "G31 2XY", 2)]
    [InlineData("G31 2AB", "G31 5XY", 3)]
    [InlineData("G31 2AB", "G12 8QQ", 4)]
    [InlineData("G31 2AB", "EH6 4AA", 5)]
    [InlineData("2600", "2060", 2)]
    [InlineData("2600", "2601", 2)]
    [InlineData("2600", "4811", 5)]
    [InlineData(null, "4811", 0)]
    public void Postcodes_AreGradedByUnitSectorDistrictArea(string? a, string? b, int level)
    {
        Assert.Equal(level, RecordComparer.Postcode(Prepare(postcode: a), Prepare(postcode: b)));
    }

    [Theory]
    [InlineData("James", "Hamish", 2)]
    [InlineData("Mhairi", "Mary", 2)]
    [InlineData("Iain", "John", 2)]
    [InlineData("Bob", "Robert", 2)]
    [InlineData("Catriona", "Catherine", 2)]
    [InlineData("Margaret", "Margaret", 1)]
    [InlineData("Margaret", "Margret", 3)]
    [InlineData("Stephen", "Steven", 4)]
    [InlineData("Leo", "Elo", 3)]
    [InlineData("Ann", "An", 3)]
    [InlineData("Al", "An", 5)]
    [InlineData("Alan", "Zoe", 5)]
    public void GivenNames_KnowAliasesAndTypos(string a, string b, int level)
    {
        Span<byte> levels = stackalloc byte[LinkField.Count];
        comparer.Compare(Prepare(given: a), Prepare(given: b), levels);

        Assert.Equal(level, levels[LinkField.Given]);
    }

    [Theory]
    [InlineData("MacDonald", "McDonald", 1)]
    [InlineData("O'Neill", "ONeill", 1)]
    [InlineData("Mac Leod", "McLeod", 1)]
    [InlineData("Robertson", "Robertsen", 3)]
    [InlineData("Star", "Strar", 3)]
    [InlineData("Anar", "Arir", 5)]
    public void Surnames_FoldScottishPrefixes(string a, string b, int level)
    {
        Span<byte> levels = stackalloc byte[LinkField.Count];
        comparer.Compare(Prepare(surname: a), Prepare(surname: b), levels);

        Assert.Equal(level, levels[LinkField.Surname]);
    }

    [Fact]
    public void NamesEnteredTheWrongWayRound_CompareCrossed()
    {
        Span<byte> levels = stackalloc byte[LinkField.Count];
        comparer.Compare(Prepare(given: "Fraser", surname: "Ewan"), Prepare(given: "Ewan", surname: "Fraser"), levels);

        Assert.Equal((3, 3), (levels[LinkField.Given], levels[LinkField.Surname]));
    }

    [Fact]
    public void NamesEnteredTheWrongWayRound_OneOfThemChangedToo_CompareCrossed()
    {
        Span<byte> levels = stackalloc byte[LinkField.Count];
        comparer.Compare(Prepare(given: "Fraser", surname: "Ewan"), Prepare(given: "Ewan", surname: "Grant"), levels);

        Assert.Equal((5, 3), (levels[LinkField.Given], levels[LinkField.Surname]));
    }

    [Fact]
    public void DifferentNames_StayDisagreeingWhenNeitherCrossedPairAgrees()
    {
        Span<byte> levels = stackalloc byte[LinkField.Count];
        comparer.Compare(Prepare(given: "Fraser", surname: "Ewan"), Prepare(given: "Morag", surname: "Grant"), levels);

        Assert.Equal((5, 5), (levels[LinkField.Given], levels[LinkField.Surname]));
    }

    [Fact]
    public void NamesSharingAStem_AreNotTakenForSwapped()
    {
        Span<byte> levels = stackalloc byte[LinkField.Count];
        comparer.Compare(Prepare(given: "Craig", surname: "Robertson"), Prepare(given: "Robert", surname: "Craigardon"), levels);

        Assert.Equal((5, 5), (levels[LinkField.Given], levels[LinkField.Surname]));
    }

    [Fact]
    public void ABirthDateThatIsNoCalendarDate_IsComparedByItsDigits()
    {
        var mistyped = PreparedRecord.From(new MatchRecord("Dixon", "Joel", null, null, null) { UnreadBirthDate = "19597022" }, NameAliases.Default);
        var real = PreparedRecord.From(new MatchRecord("Dixon", "Joel", new DateOnly(1959, 7, 22), null, null), NameAliases.Default);
        var other = PreparedRecord.From(new MatchRecord("Dixon", "Joel", new DateOnly(1981, 1, 6), null, null), NameAliases.Default);

        Assert.Equal(3, RecordComparer.Date(mistyped.BirthDate, real.BirthDate));
        Assert.Equal(RecordComparer.DateDisagree, RecordComparer.Date(mistyped.BirthDate, other.BirthDate));
    }

    private static PreparedRecord Prepare(string? given = null, string? surname = null, string? postcode = null) =>
        PreparedRecord.From(new MatchRecord(surname, given, null, null, postcode), NameAliases.Default);
}
