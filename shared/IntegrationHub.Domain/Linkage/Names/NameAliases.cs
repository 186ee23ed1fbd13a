using System.Reflection;

namespace IntegrationHub.Domain.Linkage.Names;

/// <summary>
/// Given names that are the same person's: English nicknames (the embedded carltonnorthern/nicknames list, Apache
/// 2.0, licence alongside) and the Gaelic and Scots forms of DESIGN §6. Names are compared in folded form.
/// </summary>
public sealed class NameAliases
{
    private static readonly string[][] Scottish =
    [
        ["JAMES", "HAMISH", "SEUMAS", "SEAMUS", "JAMIE", "JIMMY"],
        ["JOHN", "IAIN", "IAN", "EOIN", "JOCK", "SEAN"],
        ["ALEXANDER", "ALASDAIR", "ALISTAIR", "ALASTAIR", "ALEC", "ALEX", "SANDY", "ALISDAIR"],
        ["MARY", "MHAIRI", "MAIRI", "MOIRA", "MAIRE", "MAY"],
        ["HELEN", "EILIDH", "ELLEN", "NELL", "NELLIE"],
        ["JANET", "SEONAID", "SHONA", "JESSIE", "JENNY", "JANE"],
        ["CATHERINE", "CATRIONA", "KATHERINE", "CATHY", "KATE", "KIRSTY"],
        ["CHRISTINA", "KIRSTY", "KIRSTIE", "CHRISTINE", "TINA", "CIRSTEAN"],
        ["KENNETH", "COINNEACH", "KENNY", "KEN"],
        ["DONALD", "DOMHNALL", "DONNIE", "DON"],
        ["ANGUS", "AONGHAS", "GUS"],
        ["MARGARET", "MAIREAD", "PEGGY", "MAGGIE", "MEG", "RITA", "MAISIE"],
        ["ISABEL", "ISOBEL", "ISHBEL", "ISEABAIL", "BELLA", "ISA", "ELIZABETH"],
        ["CHARLES", "TEARLACH", "CHARLIE", "CHAS"],
        ["PETER", "PADRAIG", "PETE"],
        ["ANN", "ANNE", "ANNA", "ANNIE", "NANCY", "NAN"],
    ];

    private readonly Dictionary<string, int[]> groups;

    private NameAliases(Dictionary<string, int[]> groups) => this.groups = groups;

    public static NameAliases Default { get; } = Load();

    public bool AreAliases(string foldedA, string foldedB)
    {
        if (!groups.TryGetValue(foldedA, out var a) || !groups.TryGetValue(foldedB, out var b))
        {
            return false;
        }

        foreach (var x in a)
        {
            if (Array.IndexOf(b, x) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stable key shared by a name and its aliases (the smallest group id), for blocking; the name itself otherwise.</summary>
    public string Canonical(string folded) => groups.TryGetValue(folded, out var ids) ? "#" + ids.Min() : folded;

    private static NameAliases Load()
    {
        var pairs = new List<(string, string)>();
        using (var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("IntegrationHub.Domain.Linkage.Names.nicknames.csv")!)
        using (var reader = new StreamReader(stream))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(',');
                if (parts.Length == 3 && NameNormaliser.Fold(parts[0]) is { } a && NameNormaliser.Fold(parts[2]) is { } b)
                {
                    pairs.Add((a, b));
                }
            }
        }

        // Each nickname pair and each Scottish set is a group; a name may be in several (Kirsty: Catherine and Christina).
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var id = 0;
        foreach (var (a, b) in pairs)
        {
            Add(members, a, id);
            Add(members, b, id);
            id++;
        }

        foreach (var set in Scottish)
        {
            foreach (var name in set)
            {
                Add(members, name, id);
            }

            id++;
        }

        return new NameAliases(members.ToDictionary(m => m.Key, m => m.Value.Distinct().ToArray(), StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, List<int>> members, string name, int id)
    {
        if (!members.TryGetValue(name, out var list))
        {
            members[name] = list = [];
        }

        list.Add(id);
    }
}
