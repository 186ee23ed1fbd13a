using Hl7.Fhir.Model;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>Birth and death dates no person can have: after today (in Scotland), or a death before the birth.</summary>
public static class PatientDates
{
    public static Issue? Problem(Patient patient, string location, DateOnly today)
    {
        var birth = PatientFacts.BirthDate(patient);
        var death = PatientFacts.DeceasedDate(patient);
        if (birth is { } born && born > today)
        {
            return Issue.Error("value", location + ".birthDate", $"birthDate {born:yyyy-MM-dd} is in the future.");
        }

        if (death is { } died && died > today)
        {
            return Issue.Error("value", location + ".deceasedDateTime", $"deceasedDateTime {died:yyyy-MM-dd} is in the future.");
        }

        return birth is { } b && death is { } d && d < b
            ? Issue.Error("value", location + ".deceasedDateTime", $"deceasedDateTime {d:yyyy-MM-dd} is before birthDate {b:yyyy-MM-dd}.")
            : null;
    }
}
