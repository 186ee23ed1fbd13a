using IntegrationHub.Domain.Geography;
using IntegrationHub.Domain.Linkage.Names;

namespace IntegrationHub.Domain.Linkage.Comparison;

/// <summary>A person record normalised once, so that the many comparisons it takes part in only compare.</summary>
public sealed class PreparedRecord
{
    private PreparedRecord()
    {
    }

    public string? Given { get; private init; }

    public string? GivenAlias { get; private init; }

    public string? GivenSoundex { get; private init; }

    public string? Surname { get; private init; }

    public string? SurnameSoundex { get; private init; }

    /// <summary>yyyyMMdd, so digit-level comparisons are on characters; also the digits of a date that is no calendar date.</summary>
    public string? BirthDate { get; private init; }

    public string? Postcode { get; private init; }

    /// <summary>Sector, district and area of a UK postcode; null for anything else (compared only as a whole).</summary>
    public string? Sector { get; private init; }

    public string? District { get; private init; }

    public string? Area { get; private init; }

    public char Sex { get; private init; }

    public static PreparedRecord From(MatchRecord record, NameAliases aliases)
    {
        var given = NameNormaliser.Fold(record.Given);
        var surname = NameNormaliser.Fold(record.Family);
        var uk = Postcodes.Normalise(record.Postcode);
        var raw = uk ?? (string.IsNullOrWhiteSpace(record.Postcode) ? null : record.Postcode.Trim().ToUpperInvariant());
        return new PreparedRecord
        {
            Given = given,
            GivenAlias = given is null ? null : aliases.Canonical(given),
            GivenSoundex = Soundex.Encode(given),
            Surname = surname,
            SurnameSoundex = Soundex.Encode(surname),
            BirthDate = record.BirthDate?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                ?? (record.UnreadBirthDate is { Length: 8 } unread && unread.All(char.IsAsciiDigit) ? unread : null),
            Postcode = raw,
            Sector = uk is null ? null : uk[..^2],
            District = uk is null ? null : uk[..^4],
            Area = uk is null ? null : new string([.. uk.TakeWhile(char.IsLetter)]),
            Sex = record.Sex switch
            {
                "male" => 'M',
                "female" => 'F',
                _ => '\0',
            },
        };
    }
}
