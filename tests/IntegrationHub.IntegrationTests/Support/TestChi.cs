using System.Globalization;
using IntegrationHub.Domain.Identity;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>Valid, unique-per-call CHI numbers so tests never share people.</summary>
public static class TestChi
{
    private static int serial = Random.Shared.Next(0, 5000);

    public static string For(DateOnly birthDate, bool female)
    {
        while (true)
        {
            var n = Interlocked.Increment(ref serial);
            var sexDigit = ((n % 5) * 2) + (female ? 0 : 1);
            var first9 = birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture) + ((n / 5) % 100).ToString("D2", CultureInfo.InvariantCulture) + sexDigit.ToString(CultureInfo.InvariantCulture);
            if (Chi.Modulus11(first9) is { } check)
            {
                return first9 + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
