using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Reference;

/// <summary>
/// The official codes of Scotland's IAs, councils and boards (embedded copies of shared/reference), with
/// superseded codes mapped to the current ones (e.g. Glasgow City S12000046 → S12000049).
/// </summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, Council> councilsByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Council> councilsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Council> councilsBySendingLocation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Board> boardsByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> currentIa = new(StringComparer.OrdinalIgnoreCase);

    private ReferenceData(IReadOnlyList<string[]> rows, IReadOnlyList<string[]> superseded)
    {
        var councils = rows.Select(r => new Council(r[2], r[3], r[4], r[0], r[5])).ToList();
        Ias = [.. rows.GroupBy(r => r[0]).Select(g => new IntegrationAuthority(
            g.Key,
            g.First()[1],
            [.. councils.Where(c => c.IaCode == g.Key)],
            [.. g.Select(r => r[5]).Distinct()]))];
        Boards = [.. rows.GroupBy(r => r[5]).Select(g => new Board(g.Key, g.First()[6], [.. g.Select(r => r[0]).Distinct()]))];

        foreach (var council in councils)
        {
            councilsByCode[council.Code] = council;
            councilsByName[council.Name] = council;
            councilsBySendingLocation[council.SendingLocation] = council;
        }

        foreach (var board in Boards)
        {
            boardsByCode[board.Code] = board;
        }

        foreach (var ia in Ias)
        {
            currentIa[ia.Code] = ia.Code;
        }

        foreach (var row in superseded)
        {
            var (kind, old, current) = (row[0], row[1], row[2]);
            switch (kind)
            {
                case "council" when councilsByCode.TryGetValue(current, out var council):
                    councilsByCode[old] = council;
                    break;
                case "board" when boardsByCode.TryGetValue(current, out var board):
                    boardsByCode[old] = board;
                    break;
                case "ia":
                    currentIa[old] = current;
                    break;
            }
        }
    }

    public static ReferenceData Scotland { get; } = Load();

    public IReadOnlyList<IntegrationAuthority> Ias { get; }

    public IReadOnlyList<Board> Boards { get; }

    /// <summary>A council by its current or superseded S12 code.</summary>
    public Council? CouncilByCode(string code) => councilsByCode.GetValueOrDefault(code.Trim());

    /// <summary>A council by its name as in integration-authorities.csv, case-insensitive.</summary>
    public Council? CouncilByName(string name) => councilsByName.GetValueOrDefault(name.Trim());

    public Council? CouncilBySendingLocation(string sendingLocation) => councilsBySendingLocation.GetValueOrDefault(sendingLocation.Trim());

    /// <summary>A board by its current or superseded S08 code.</summary>
    public Board? BoardByCode(string code) => boardsByCode.GetValueOrDefault(code.Trim());

    /// <summary>The IA of a board that covers exactly one IA (Borders, Fife, the islands, …); null otherwise.</summary>
    public string? SingleIaOfBoard(string boardCode) => BoardByCode(boardCode) is { IaCodes.Count: 1 } board ? board.IaCodes[0] : null;

    public string? CurrentIaCode(string code) => currentIa.GetValueOrDefault(code.Trim());

    public IntegrationAuthority? Ia(string code) => CurrentIaCode(code) is { } current ? Ias.FirstOrDefault(i => i.Code == current) : null;

    private static ReferenceData Load() => new(ReadCsv("integration-authorities.csv"), ReadCsv("superseded-codes.csv"));

    private static List<string[]> ReadCsv(string name)
    {
        var assembly = typeof(ReferenceData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            rows.Add([.. CsvLine.Split(line)]);
        }

        return rows;
    }
}
