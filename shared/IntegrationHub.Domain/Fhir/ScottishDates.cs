using Hl7.Fhir.ElementModel.Types;
using FhirDateTime = Hl7.Fhir.ElementModel.Types.DateTime;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// FHIR date and dateTime values, as Firely's types parse them, reduced to the Scottish local dates the hub counts in:
/// a dateTime is taken as its date in Europe/London (so 2026-10-01T23:30:00Z is 2 October, during British Summer Time).
/// </summary>
public static class ScottishDates
{
    private static readonly TimeZoneInfo Scotland = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The local date of a FHIR date or dateTime; null when absent, partial (no day) or not a FHIR dateTime.</summary>
    public static DateOnly? Of(string? value)
    {
        if (value is null || !FhirDateTime.TryParse(value, out var parsed) || parsed.Precision < DateTimePrecision.Day)
        {
            return null;
        }

        var instant = parsed.ToDateTimeOffset(TimeSpan.Zero);
        // A FHIR dateTime with a time always has an offset; a bare date is already a local date.
        return DateOnly.FromDateTime(parsed.HasOffset ? TimeZoneInfo.ConvertTime(instant, Scotland).DateTime : instant.DateTime);
    }

    /// <summary>A valid FHIR partial date (YYYY or YYYY-MM): not an error, but no day to count with.</summary>
    public static bool IsPartial(string? value) =>
        value is not null && FhirDateTime.TryParse(value, out var parsed) && parsed.Precision < DateTimePrecision.Day;
}
