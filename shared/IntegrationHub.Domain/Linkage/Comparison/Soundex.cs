namespace IntegrationHub.Domain.Linkage.Comparison;

/// <summary>
/// American Soundex (the National Archives rules): first letter, then digits for consonant groups, letters coded
/// alike collapse also across H and W, vowels separate, padded or cut to four characters.
/// </summary>
public static class Soundex
{
    //                                      ABCDEFGHIJKLMNOPQRSTUVWXYZ
    private const string Codes = "01230120022455012623010202";

    public static string? Encode(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        Span<char> code = stackalloc char[4];
        var length = 0;
        var last = '\0';
        foreach (var raw in name)
        {
            var c = char.ToUpperInvariant(raw);
            if (c is < 'A' or > 'Z')
            {
                continue;
            }

            var digit = Codes[c - 'A'];
            if (length == 0)
            {
                code[length++] = c;
                last = digit;
                continue;
            }

            if (digit != '0' && digit != last)
            {
                code[length++] = digit;
                if (length == 4)
                {
                    break;
                }
            }

            // H and W do not separate letters coded alike; vowels do.
            if (c is not ('H' or 'W'))
            {
                last = digit;
            }
        }

        if (length == 0)
        {
            return null;
        }

        while (length < 4)
        {
            code[length++] = '0';
        }

        return new string(code);
    }
}
