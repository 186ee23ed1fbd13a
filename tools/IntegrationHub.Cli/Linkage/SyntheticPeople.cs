using System.Globalization;
using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.Linkage.Batch;

namespace IntegrationHub.Cli.Linkage;

/// <summary>
/// Scottish-style person records without CHI for the linkage benchmark: common Scottish surnames (with Mac/Mc
/// forms) over a long tail of rarer ones, Gaelic and English given names, UK-shaped postcodes. Some people have
/// several records, each corrupted as real extracts are: typos, Mac/Mc swaps, nicknames and Gaelic forms, swapped
/// day and month, moved or missing postcodes. The person each record belongs to is the truth. Seeded.
/// </summary>
public sealed class SyntheticPeople(int seed)
{
    private static readonly string[] CommonSurnames =
    [
        "SMITH", "BROWN", "WILSON", "THOMSON", "ROBERTSON", "CAMPBELL", "STEWART", "ANDERSON", "MACDONALD", "SCOTT", "REID", "MURRAY", "TAYLOR",
        "CLARK", "MITCHELL", "ROSS", "WALKER", "PATERSON", "YOUNG", "WATSON", "MORRISON", "MILLER", "FRASER", "DAVIDSON", "GRAY", "MCDONALD",
        "HENDERSON", "JOHNSTON", "HAMILTON", "GRAHAM", "KERR", "SIMPSON", "MARTIN", "FERGUSON", "CAMERON", "DUNCAN", "HUNTER", "KELLY", "BELL",
        "GRANT", "MACKENZIE", "MACKAY", "ALLAN", "BLACK", "MACLEOD", "MCLEAN", "RUSSELL", "GIBSON", "WALLACE", "GORDON", "MARSHALL", "STEVENSON",
        "WOOD", "SUTHERLAND", "CRAIG", "WRIGHT", "MCKENZIE", "KENNEDY", "JONES", "BURNS", "WHITE", "MUIR", "MURPHY", "JOHNSTONE", "HUGHES",
        "WATT", "MCMILLAN", "MCINTOSH", "MILNE", "MUNRO", "RITCHIE", "DICKSON", "BRUCE", "KING", "CRAWFORD", "DOCHERTY", "MILLAR", "CUNNINGHAM",
        "SINCLAIR", "WILLIAMSON", "HILL", "MCGREGOR", "MCKAY", "BOYLE", "SHAW", "FLEMING", "MOORE", "CHRISTIE", "DOUGLAS", "DONALDSON", "ALEXANDER",
        "MACLEAN", "FORBES", "MCINTYRE", "FINDLAY", "JAMIESON", "AITKEN", "REILLY", "THOMPSON", "HAY", "MCGREGOR", "OWEN", "O'NEILL", "MACKINNON",
    ];

    private static readonly string[] FemaleNames =
    [
        "MARY", "MARGARET", "ELIZABETH", "JEAN", "ANN", "CATHERINE", "HELEN", "AGNES", "ISABEL", "JANET", "CHRISTINA", "SARAH", "EMMA", "SOPHIE",
        "OLIVIA", "ISLA", "EMILY", "GRACE", "FREYA", "AMELIA", "ELLA", "LUCY", "CHLOE", "HANNAH", "JESSICA", "RACHEL", "LAURA", "NICOLA", "KAREN",
        "FIONA", "LORRAINE", "MORAG", "MHAIRI", "EILIDH", "CATRIONA", "KIRSTY", "SEONAID", "AILSA", "ISHBEL", "ROSE", "ALICE", "JOAN", "BETTY",
    ];

    private static readonly string[] MaleNames =
    [
        "JAMES", "JOHN", "WILLIAM", "DAVID", "ROBERT", "ALEXANDER", "THOMAS", "ANDREW", "GEORGE", "PETER", "CHARLES", "KENNETH", "DONALD", "ANGUS",
        "MICHAEL", "STEPHEN", "PAUL", "MARK", "SCOTT", "CRAIG", "GRAEME", "NEIL", "IAN", "COLIN", "ALAN", "GORDON", "DOUGLAS", "LEWIS", "JACK",
        "NOAH", "LEO", "HARRY", "OLIVER", "CALLUM", "RYAN", "JAMIE", "HAMISH", "IAIN", "ALASDAIR", "EUAN", "FRASER", "RUARIDH", "FINLAY", "ARCHIE",
    ];

    private static readonly (string Formal, string Other)[] Variants =
    [
        ("JAMES", "HAMISH"), ("JAMES", "JIMMY"), ("JOHN", "IAIN"), ("JOHN", "JOCK"), ("ALEXANDER", "ALASDAIR"), ("ALEXANDER", "SANDY"), ("MARY", "MHAIRI"),
        ("HELEN", "EILIDH"), ("JANET", "SHONA"), ("CATHERINE", "CATRIONA"), ("CATHERINE", "KATE"), ("CHRISTINA", "KIRSTY"), ("MARGARET", "PEGGY"),
        ("ELIZABETH", "BETTY"), ("ELIZABETH", "LIZ"), ("WILLIAM", "BILL"), ("ROBERT", "BOB"), ("THOMAS", "TOM"), ("ANDREW", "DREW"), ("DAVID", "DAVIE"),
        ("ISABEL", "ISHBEL"), ("KENNETH", "KENNY"), ("DONALD", "DONNIE"), ("MICHAEL", "MIKE"), ("PETER", "PETE"),
    ];

    private static readonly string[] Areas = ["G", "EH", "AB", "DD", "KY", "FK", "PA", "IV", "KA", "ML", "PH", "TD", "DG", "KW", "HS", "ZE"];
    private static readonly string[] Syllables = ["AR", "BER", "CAR", "DON", "EL", "FIN", "GAL", "HEN", "KIL", "LOCH", "MOR", "NESS", "RAN", "STR", "TOUN", "WICK", "BAN", "CRAI", "DUN", "GLEN", "INCH", "LAW", "MUIR", "OCH"];

    private readonly Random random = new(seed);

    /// <summary>Records for people until <paramref name="records"/> records exist; each record's truth is its person number.</summary>
    public (List<LinkInput> Records, List<int> Truth) Generate(int records, double duplicateShare = 0.3)
    {
        var inputs = new List<LinkInput>(records);
        var truth = new List<int>(records);
        var person = 0;
        while (inputs.Count < records)
        {
            var original = NewPerson();
            inputs.Add(new LinkInput($"r{inputs.Count}", original, null));
            truth.Add(person);
            while (inputs.Count < records && random.NextDouble() < duplicateShare)
            {
                inputs.Add(new LinkInput($"r{inputs.Count}", Corrupt(original), null));
                truth.Add(person);
            }

            person++;
        }

        return (inputs, truth);
    }

    private MatchRecord NewPerson()
    {
        var female = random.Next(2) == 0;
        // About a quarter of Scots carry one of the hundred commonest surnames (Smith about 1.3 %); the rest a long tail.
        var surname = random.NextDouble() < 0.25 ? CommonSurnames[Ranked(CommonSurnames.Length, 0.8)] : RareSurname();
        var names = female ? FemaleNames : MaleNames;
        var given = names[Ranked(names.Length, 0.5)];
        var born = new DateOnly(1925, 1, 1).AddDays(random.Next(365 * 95));
        return new MatchRecord(surname, given, born, female ? "female" : "male", Postcode());
    }

    private MatchRecord Corrupt(MatchRecord r)
    {
        var family = r.Family!;
        var given = r.Given!;
        var born = r.BirthDate;
        var postcode = r.Postcode;
        var roll = random.NextDouble();
        if (roll < 0.25)
        {
            family = Typo(family);
        }
        else if (roll < 0.45)
        {
            given = Typo(given);
        }
        else if (roll < 0.55 && family.StartsWith("MAC", StringComparison.Ordinal))
        {
            family = "MC" + family[3..];
        }
        else if (roll < 0.55 && family.StartsWith("MC", StringComparison.Ordinal))
        {
            family = "MAC" + family[2..];
        }
        else if (roll < 0.65 && Variants.Where(v => v.Formal == given).ToList() is { Count: > 0 } forms)
        {
            given = forms[random.Next(forms.Count)].Other;
        }
        else if (roll < 0.72 && born is { Day: <= 12 } d && d.Day != d.Month)
        {
            born = new DateOnly(d.Year, d.Day, d.Month);
        }

        var move = random.NextDouble();
        postcode = move < 0.2 ? Postcode() : move < 0.25 ? null : postcode;
        return new MatchRecord(family, given, born, r.Sex, postcode);
    }

    private string Typo(string name)
    {
        if (name.Length < 3)
        {
            return name;
        }

        var i = random.Next(1, name.Length - 1);
        return random.Next(3) switch
        {
            0 => string.Concat(name.AsSpan(0, i), ((char)('A' + random.Next(26))).ToString(), name.AsSpan(i + 1)),
            1 => string.Concat(name.AsSpan(0, i), name.AsSpan(i + 1)),
            _ => string.Concat(name.AsSpan(0, i - 1), name[i].ToString(), name[i - 1].ToString(), name.AsSpan(i + 1)),
        };
    }

    private string RareSurname() =>
        string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[Ranked(Syllables.Length, 0.7)]));

    private string Postcode() =>
        string.Create(CultureInfo.InvariantCulture, $"{Areas[random.Next(Areas.Length)]}{random.Next(1, 60)} {random.Next(10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}");

    /// <summary>An index drawn with weight 1/rank^s: a few names common, most rarer.</summary>
    private int Ranked(int n, double s)
    {
        var total = 0.0;
        for (var k = 1; k <= n; k++)
        {
            total += Math.Pow(k, -s);
        }

        var target = random.NextDouble() * total;
        for (var k = 1; k <= n; k++)
        {
            target -= Math.Pow(k, -s);
            if (target <= 0)
            {
                return k - 1;
            }
        }

        return n - 1;
    }
}
