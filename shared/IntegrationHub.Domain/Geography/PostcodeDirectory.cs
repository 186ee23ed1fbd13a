using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Geography;

/// <summary>
/// A postcode → council table loaded from a CSV in the Scottish Postcode Directory layout: a <c>Postcode</c>
/// column and a council area column (<c>CouncilArea2019Code</c> or any column named <c>CouncilArea…Code</c>).
/// Empty when no file is configured; residence then falls back to the board.
/// </summary>
public sealed class PostcodeDirectory : IPostcodeLookup
{
    private readonly Dictionary<string, string> councils;

    public PostcodeDirectory(IReadOnlyDictionary<string, string> councils)
    {
        this.councils = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (postcode, council) in councils)
        {
            if (Postcodes.Normalise(postcode) is { } normalised)
            {
                this.councils[normalised] = council;
            }
        }
    }

    public static PostcodeDirectory Empty { get; } = new(new Dictionary<string, string>());

    public int Count => councils.Count;

    public string? CouncilOf(string postcode) =>
        Postcodes.Normalise(postcode) is { } p && councils.TryGetValue(p, out var council) ? council : null;

    public static PostcodeDirectory Load(TextReader reader)
    {
        var header = CsvLine.Split(reader.ReadLine() ?? string.Empty);
        var postcodeColumn = header.FindIndex(h => h.Equals("Postcode", StringComparison.OrdinalIgnoreCase));
        var councilColumn = header.FindIndex(h => h.StartsWith("CouncilArea", StringComparison.OrdinalIgnoreCase) && h.EndsWith("Code", StringComparison.OrdinalIgnoreCase));
        if (postcodeColumn < 0 || councilColumn < 0)
        {
            throw new FormatException("The postcode file needs a Postcode column and a CouncilArea…Code column (Scottish Postcode Directory layout).");
        }

        var table = new Dictionary<string, string>();
        while (reader.ReadLine() is { } line)
        {
            var fields = CsvLine.Split(line);
            if (fields.Count > Math.Max(postcodeColumn, councilColumn) && fields[councilColumn].Length > 0)
            {
                table[fields[postcodeColumn]] = fields[councilColumn];
            }
        }

        return new PostcodeDirectory(table);
    }
}
