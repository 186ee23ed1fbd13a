using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>Birth and death dates no person can have: after today (in Scotland), or a death before the birth.</summary>
public static class PatientDates
{
    public static Issue? Problem(FhirPatient patient, string location, DateOnly today)
    {
        if (patient.BirthDate is { } born && born > today)
        {
            return Issue.Error("value", location + ".birthDate", $"birthDate {born:yyyy-MM-dd} is in the future.");
        }

        if (patient.DeceasedDate is { } died && died > today)
        {
            return Issue.Error("value", location + ".deceasedDateTime", $"deceasedDateTime {died:yyyy-MM-dd} is in the future.");
        }

        return patient.BirthDate is { } birth && patient.DeceasedDate is { } death && death < birth
            ? Issue.Error("value", location + ".deceasedDateTime", $"deceasedDateTime {death:yyyy-MM-dd} is before birthDate {birth:yyyy-MM-dd}.")
            : null;
    }
}
