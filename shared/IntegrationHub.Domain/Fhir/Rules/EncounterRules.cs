using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir.Rules;

internal static class EncounterRules
{
    public static IEnumerable<Issue> Check(Encounter encounter, string path)
    {
        var issues = ActivityRules.Check("Encounter", FhirValues.SourceId(encounter.Identifier, encounter.Id), encounter.Status?.GetLiteral(), encounter.Period, startRequired: true, path).ToList();

        // A missing class is FHIR's own rule (Encounter.class is 1..1), reported by the deserialiser.
        if (encounter.Class is { } coding
            && (coding.Code is null || !FhirCodes.EncounterClasses.Contains(coding.Code) || (coding.System is not null && coding.System != FhirCodes.ActCode)))
        {
            issues.Add(Issue.Error("code-invalid", path + ".class.code", $"class '{coding.System}|{FhirValues.Shorten(coding.Code ?? string.Empty)}' is not one of {FhirCodes.ActCode} IMP, SS, EMER, AMB."));
        }

        issues.AddRange(Code(encounter.Priority, "priority", FhirCodes.ActPriority, FhirCodes.Priorities, path));
        issues.AddRange(Code(encounter.ServiceType, "serviceType", FhirCodes.CareSetting, FhirCodes.Settings, path));
        issues.AddRange(ActivityRules.Reference(encounter.Subject, "subject", baseRequires: false, path));
        return issues;
    }

    /// <summary>A coding of the hub's system must carry one of its codes; codings of other systems are the sender's own.</summary>
    private static IEnumerable<Issue> Code(CodeableConcept? concept, string name, string system, IReadOnlySet<string> allowed, string path)
    {
        var (code, index) = FhirValues.CodeFrom(concept, system);
        return code is not null && !allowed.Contains(code)
            ? [Issue.Error("code-invalid", $"{path}.{name}.coding[{index}].code", $"{name} code '{FhirValues.Shorten(code)}' is not one of {string.Join(", ", allowed)} ({system}).")]
            : [];
    }
}
