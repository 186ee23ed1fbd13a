using Hl7.Fhir.Model;
using IntegrationHub.Domain.Ingestion.Fhir;

namespace IntegrationHub.Domain.Tests.Ingestion.Fhir;

public sealed class PatientDatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static Patient Patient(DateOnly? born, DateOnly? died) => new()
    {
        Id = "p",
        BirthDate = born?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Deceased = died is { } d ? new FhirDateTime(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
    };

    [Fact]
    public void PossibleDates_AreNoProblem()
    {
        Assert.Null(PatientDates.Problem(Patient(new DateOnly(1940, 2, 29), new DateOnly(2026, 11, 26)), "Patient", Today));
        Assert.Null(PatientDates.Problem(Patient(Today, null), "Patient", Today));
        Assert.Null(PatientDates.Problem(Patient(null, null), "Patient", Today));
    }

    [Theory]
    [InlineData("2999-01-01", null, "Patient.birthDate", "in the future")]
    [InlineData("1950-01-01", "2026-11-27", "Patient.deceasedDateTime", "in the future")]
    [InlineData("1950-01-01", "1949-12-31", "Patient.deceasedDateTime", "before birthDate 1950-01-01")]
    public void ImpossibleDates_AreAnErrorNamingTheElement(string born, string? died, string location, string says)
    {
        var problem = PatientDates.Problem(Patient(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), died is null ? null : DateOnly.Parse(died, System.Globalization.CultureInfo.InvariantCulture)), "Patient", Today);

        Assert.NotNull(problem);
        Assert.Equal(location, problem.Location);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
    }
}
