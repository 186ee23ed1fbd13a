using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Fhir.Rules;

internal static class EpisodeOfCareRules
{
    public static IEnumerable<Issue> Check(EpisodeOfCare episode, string path)
    {
        var issues = new List<Issue>();
        for (var t = 0; t < episode.Type.Count; t++)
        {
            var (code, index) = FhirValues.CodeFrom(episode.Type[t], FhirCodes.DelayReason);
            if (code is not null && !FhirCodes.DelayReasons.Contains(code))
            {
                issues.Add(Issue.Error("code-invalid", $"{path}.type[{t}].coding[{index}].code", $"delay reason '{FhirValues.Shorten(code)}' is not health-social-care, patient-family or code-9."));
            }
        }

        // Only a delayed discharge needs its ready-for-discharge date; other episodes are accepted and ignored.
        issues.AddRange(ActivityRules.Check("EpisodeOfCare", FhirValues.SourceId(episode.Identifier, episode.Id), episode.Status?.GetLiteral(), episode.Period, startRequired: FhirValues.IsDelayedDischarge(episode), path));
        issues.AddRange(ActivityRules.Reference(episode.Patient, "patient", baseRequires: true, path));
        return issues;
    }

}
