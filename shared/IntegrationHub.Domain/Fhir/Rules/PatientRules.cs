using Hl7.Fhir.Model;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir.Rules;

internal static class PatientRules
{
    public static IEnumerable<Issue> Check(Patient patient, string path)
    {
        var issues = new List<Issue?>();
        for (var i = 0; i < patient.Identifier.Count; i++)
        {
            var identifier = patient.Identifier[i];
            if (string.IsNullOrWhiteSpace(identifier.Value))
            {
                issues.Add(Issue.Warning("required", $"{path}.identifier[{i}].value", "identifier has no value and is ignored."));
            }

            issues.Add(HubRules.TooLong(identifier.Value, $"{path}.identifier[{i}].value"));
        }

        for (var n = 0; n < patient.Name.Count; n++)
        {
            issues.Add(HubRules.TooLong(patient.Name[n].Family, $"{path}.name[{n}].family"));
            issues.AddRange(patient.Name[n].Given.Select((given, g) => HubRules.TooLong(given, $"{path}.name[{n}].given[{g}]")));
        }

        for (var a = 0; a < patient.Address.Count; a++)
        {
            issues.Add(HubRules.TooLong(patient.Address[a].PostalCode, $"{path}.address[{a}].postalCode"));
            issues.Add(HubRules.TooLong(patient.Address[a].District, $"{path}.address[{a}].district"));
        }

        issues.Add(HubRules.Partial(patient.BirthDate, path + ".birthDate"));
        issues.Add(HubRules.Partial((patient.Deceased as FhirDateTime)?.Value, path + ".deceasedDateTime"));
        return issues.OfType<Issue>();
    }
}
