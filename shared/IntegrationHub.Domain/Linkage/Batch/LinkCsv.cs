using System.Globalization;
using System.Text;
using CsvHelper;
using IntegrationHub.Domain.Identity;

namespace IntegrationHub.Domain.Linkage.Batch;

/// <summary>
/// The batch linker's file format (<c>./hub link</c>): input columns <c>record_id, forename, surname,
/// date_of_birth, sex, postcode, chi</c> (any but record_id may be absent; dates YYYY-MM-DD or YYYYMMDD; sex
/// male/female, M/F or ISO 5218 1/2), output <c>record_id,person_id</c>.
/// </summary>
public static class LinkCsv
{
    public static List<LinkInput> Read(Stream csv)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',', TrimWhitespace = true, Encoding = new UTF8Encoding(false) }, leaveOpen: true);
        reader.ReadHeader();
        var columns = reader.Headers.Select((h, i) => (Name: h.Trim().ToLowerInvariant(), i)).ToDictionary(c => c.Name, c => c.i);
        if (!columns.ContainsKey("record_id"))
        {
            throw new InvalidDataException("the input needs a record_id column");
        }

        string? Field(string name) => columns.TryGetValue(name, out var i) && i < reader.FieldCount && reader.GetString(i) is { Length: > 0 } v ? v : null;
        var records = new List<LinkInput>();
        while (reader.Read())
        {
            var chi = Chi.Check(Field("chi"));
            var born = Field("date_of_birth");
            var date = Date(born);
            records.Add(new LinkInput(
                Field("record_id") ?? throw new InvalidDataException($"record {records.Count + 1} has no record_id"),
                new MatchRecord(Field("surname"), Field("forename"), date, Sex(Field("sex")), Field("postcode")) { UnreadBirthDate = date is null ? Digits(born) : null },
                chi.IsValid ? chi.Number : null));
        }

        return records;
    }

    public static void Write(Stream output, IReadOnlyList<LinkInput> inputs, BatchLinkResult result)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write("record_id,person_id\n");
        for (var i = 0; i < inputs.Count; i++)
        {
            writer.Write(Quote(inputs[i].RecordId));
            writer.Write(',');
            writer.Write(Quote("person-" + inputs[result.Clusters[i]].RecordId));
            writer.Write('\n');
        }
    }

    /// <summary>The review items, most consequential first: <c>record_a,record_b,person_a,person_b,probability,expected_change,comparison</c>.</summary>
    public static void WriteReviews(Stream output, IReadOnlyList<LinkInput> inputs, BatchLinkResult result)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write("record_a,record_b,person_a,person_b,probability,expected_change,comparison\n");
        foreach (var review in result.Reviews)
        {
            writer.Write(string.Join(
                ',',
                Quote(inputs[review.A].RecordId),
                Quote(inputs[review.B].RecordId),
                Quote("person-" + inputs[result.Clusters[review.A]].RecordId),
                Quote("person-" + inputs[result.Clusters[review.B]].RecordId),
                review.Probability.ToString("F4", CultureInfo.InvariantCulture),
                review.ExpectedChange.ToString("F4", CultureInfo.InvariantCulture),
                review.Comparison));
            writer.Write('\n');
        }
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The eight digits of a date in either accepted layout that did not parse (a mistyped digit), else null.</summary>
    private static string? Digits(string? text)
    {
        var digits = text?.Replace("-", string.Empty, StringComparison.Ordinal);
        return digits is { Length: 8 } && digits.All(char.IsAsciiDigit) && text!.Length is 8 or 10 ? digits : null;
    }

    private static string? Sex(string? text) => text?.ToUpperInvariant() switch
    {
        "MALE" or "M" or "1" => "male",
        "FEMALE" or "F" or "2" => "female",
        _ => null,
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
