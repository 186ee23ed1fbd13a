using System.Globalization;

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
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (first9[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 11)
            {
                check = 0;
            }

            if (check != 10)
            {
                return first9 + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
