namespace IntegrationHub.Domain.Identity;

public enum ChiModulus
{
    /// <summary>Weights 10..2, check = 11 − sum mod 11 (11 → 0, 10 → invalid): every CHI issued before February 2026.</summary>
    Modulus11,

    /// <summary>Luhn-style modulus 10: CHIs issued from February 2026.</summary>
    Modulus10,
}
