using System.Globalization;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// FHIR date and dateTime values as the Scottish local dates the hub counts in: a dateTime is taken as its date
/// in Europe/London (so 2026-10-01T23:30:00Z is 2 October, during British Summer Time).
/// </summary>
public static class FhirDates
{
    private static readonly TimeZoneInfo Scotland = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A full date (YYYY-MM-DD). Partial dates (YYYY, YYYY-MM) are valid FHIR but name no day.</summary>
    public static FhirDateParse ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new FhirDateParse(date, Partial: false);
        }

        return IsPartial(text) ? new FhirDateParse(null, Partial: true) : new FhirDateParse(null, Partial: false);
    }

    /// <summary>A dateTime (or date) reduced to its Scottish local date.</summary>
    public static FhirDateParse ParseDateTime(string text)
    {
        if (text.Length <= 10)
        {
            return ParseDate(text);
        }

        if (DateTimeOffset.TryParseExact(
                text,
                ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFFFK"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var instant)
            && (text.EndsWith('Z') || text[^6] is '+' or '-'))
        {
            var local = TimeZoneInfo.ConvertTime(instant, Scotland);
            return new FhirDateParse(DateOnly.FromDateTime(local.DateTime), Partial: false);
        }

        return new FhirDateParse(null, Partial: false);
    }

    private static bool IsPartial(string text) =>
        DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
