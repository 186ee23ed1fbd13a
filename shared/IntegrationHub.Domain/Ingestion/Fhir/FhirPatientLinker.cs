using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Geography;
using IntegrationHub.Domain.Identity;
using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>
/// Links one Patient to a person: a valid CHI that agrees with the record, else the board's own ids, else the
/// matcher. A CHI that contradicts the record is used only as <see cref="ChiConfirmation"/> allows; otherwise the
/// conflict is reported.
/// </summary>
public sealed class FhirPatientLinker(PersonLinker linker, PersonWriter writer, ChiConfirmation chi, ResidenceResolver residences)
{
    public async Task<(LinkedPatient Patient, IReadOnlyList<Issue> Issues)> LinkAsync(
        FhirPatient patient,
        string location,
        string submissionId,
        RecordSource source,
        CancellationToken cancellationToken)
    {
        var issues = new List<Issue>();
        var usableChi = await UsableChiAsync(patient, location, issues, cancellationToken);
        var keys = new List<string>();
        if (usableChi is not null)
        {
            keys.Add(IdentifierKeys.Chi(usableChi));
        }

        keys.AddRange(patient.Identifiers.Where(i => !i.IsChi).Select(i => IdentifierKeys.Source(source.Org, i.System, i.Value)));
        if (patient.Id is not null)
        {
            keys.Add(IdentifierKeys.SourceResource(source.Org, "Patient", patient.Id));
        }

        var postcode = Postcodes.Normalise(patient.PostalCode);
        var residence = residences.Resolve(patient.District, postcode, source.Org);
        var link = await linker.LinkAsync(
            keys,
            $"fhir|{submissionId}|{location}",
            new MatchRecord(patient.Family, patient.Given, patient.BirthDate, patient.Gender, postcode),
            new LinkScope(source.Org, residence.IaCode),
            location,
            cancellationToken);
        issues.AddRange(link.Issues);

        if (!residence.Resolved)
        {
            issues.Add(Issue.Warning("incomplete", location + ".address", "The patient's council of residence cannot be told (no known district, postcode or single-IA board); their activity is counted as unresolved."));
        }

        var (person, _) = await writer.ApplyAsync(
            link.PersonId,
            submissionId,
            new PersonUpdate(source, usableChi, patient.Family, patient.Given, patient.BirthDate, patient.Gender, postcode, residence.CouncilCode, residence.IaCode, patient.DeceasedDate),
            likelyNew: link.How == "new",
            cancellationToken);
        // "New" means new to the hub through this submission, also when a crashed earlier attempt of it created them.
        return (new LinkedPatient(person.PersonId, residence, person.CreatedBySubmission == submissionId), issues);
    }

    private async Task<string?> UsableChiAsync(FhirPatient patient, string location, List<Issue> issues, CancellationToken cancellationToken)
    {
        var index = patient.Identifiers.ToList().FindIndex(i => i.IsChi);
        if (index < 0)
        {
            return null;
        }

        var at = $"{location}.identifier[{index}].value";
        var check = Chi.Check(patient.Identifiers[index].Value);
        if (!check.IsValid)
        {
            issues.Add(Issue.Warning("value", at, $"CHI is not valid ({check.Status}); it is not used and linkage falls back to the other identifiers."));
            return null;
        }

        if (await chi.IsUsableAsync(check, patient.BirthDate, patient.Gender, patient.Family, cancellationToken))
        {
            return check.Number;
        }

        issues.Add(Issue.Warning("conflict", at, "CHI contradicts the patient's birth date or sex and the other demographics do not confirm it; it is not used for linkage."));
        return null;
    }
}
