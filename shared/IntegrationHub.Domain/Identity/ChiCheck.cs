using System.Globalization;

namespace IntegrationHub.Domain.Identity;

/// <param name="Number">The 10 digits when the format is right (even if otherwise invalid).</param>
/// <param name="Sex">male (digit 9 odd) or female (even), when the format is right.</param>
public sealed record ChiCheck(ChiStatus Status, string? Number, ChiModulus? Modulus, string? Sex)
{
    public bool IsValid => Status == ChiStatus.Valid;

    /// <summary>Digits 1–6 (DDMMYY) name the same day as <paramref name="birthDate"/>; the century cannot be told.</summary>
    public bool AgreesWithBirthDate(DateOnly birthDate) =>
        Number is not null && Number[..6] == birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture);

    /// <summary>The sex digit agrees with a FHIR gender; other and unknown genders cannot disagree.</summary>
    public bool AgreesWithSex(string? sex) => sex is not ("male" or "female") || sex == Sex;
}
