using System.Globalization;
using IntegrationHub.Domain.Identity;

namespace IntegrationHub.Cli.Demo;

/// <summary>Synthetic CHI numbers: DDMMYY of the birth date, two serial digits, a sex digit and a modulus 11 check.</summary>
public static class SyntheticChi
{
    public static string For(DateOnly birthDate, bool female, Random random)
    {
        while (true)
        {
            var sexDigit = (random.Next(5) * 2) + (female ? 0 : 1);
            var first9 = birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture) + random.Next(100).ToString("D2", CultureInfo.InvariantCulture) + sexDigit.ToString(CultureInfo.InvariantCulture);
            if (Chi.Modulus11(first9) is { } check)
            {
                return first9 + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
