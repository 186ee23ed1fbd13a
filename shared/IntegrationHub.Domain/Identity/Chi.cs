using System.Globalization;

namespace IntegrationHub.Domain.Identity;

/// <summary>
/// Community Health Index numbers (DESIGN §6): DDMMYY, three more digits of which the last is odd for men and
/// even for women, and a check digit valid under modulus 11 or, for numbers issued from February 2026, modulus 10.
/// </summary>
public static class Chi
{
    public static ChiCheck Check(string? raw)
    {
        var digits = raw?.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (digits is not { Length: 10 } || !digits.All(char.IsAsciiDigit))
        {
            return new ChiCheck(ChiStatus.InvalidFormat, null, null, null);
        }

        var sex = (digits[8] - '0') % 2 == 1 ? "male" : "female";
        if (!HasValidDate(digits))
        {
            return new ChiCheck(ChiStatus.InvalidDate, digits, null, sex);
        }

        var check = digits[9] - '0';
        var modulus = Modulus11(digits) == check ? ChiModulus.Modulus11
            : Modulus10(digits) == check ? ChiModulus.Modulus10
            : (ChiModulus?)null;
        return modulus is null
            ? new ChiCheck(ChiStatus.InvalidCheckDigit, digits, null, sex)
            : new ChiCheck(ChiStatus.Valid, digits, modulus, sex);
    }

    /// <summary>The modulus 11 check digit of the first nine digits, or null when it would be 10 (no such CHI).</summary>
    public static int? Modulus11(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    /// <summary>The modulus 10 (Luhn-style) check digit: positions 9, 7, 5, 3, 1 doubled, 9 taken off results over 9.</summary>
    public static int Modulus10(string digits)
    {
        var sum = 0;
        for (var position = 1; position <= 9; position++)
        {
            var digit = digits[position - 1] - '0';
            if (position % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    private static bool HasValidDate(string digits)
    {
        var day = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var year = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        // The century is not in the number: a date that exists in either century is a valid date.
        return day <= DateTime.DaysInMonth(1900 + year, month) || day <= DateTime.DaysInMonth(2000 + year, month);
    }
}
