using Hl7.Fhir.Model;
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
        Patient patient,
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

        keys.AddRange(PatientFacts.Identifiers(patient).Where(i => i.System != FhirCodes.Chi).Select(i => IdentifierKeys.Source(source.Org, i.System, i.Value)));
        if (patient.Id is not null)
        {
            keys.Add(IdentifierKeys.SourceResource(source.Org, "Patient", patient.Id));
        }

        var (postalCode, district) = PatientFacts.Residence(patient);
        var postcode = Postcodes.Normalise(postalCode);
        var residence = residences.Resolve(district, postcode, source.Org);
        var (family, given, birthDate, gender) = (PatientFacts.Family(patient), PatientFacts.Given(patient), PatientFacts.BirthDate(patient), PatientFacts.Gender(patient));
        var link = await linker.LinkAsync(
            keys,
            $"fhir|{submissionId}|{location}",
            new MatchRecord(family, given, birthDate, gender, postcode),
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
            new PersonUpdate(source, usableChi, family, given, birthDate, gender, postcode, residence.CouncilCode, residence.IaCode, PatientFacts.DeceasedDate(patient)),
            likelyNew: link.How == "new",
            cancellationToken);
        // "New" means new to the hub through this submission, also when a crashed earlier attempt of it created them.
        return (new LinkedPatient(person.PersonId, residence, person.CreatedBySubmission == submissionId), issues);
    }

    private async Task<string?> UsableChiAsync(Patient patient, string location, List<Issue> issues, CancellationToken cancellationToken)
    {
        if (PatientFacts.Identifiers(patient).FirstOrDefault(i => i.System == FhirCodes.Chi) is not { Value: not null } chiIdentifier)
        {
            return null;
        }

        var at = $"{location}.identifier[{chiIdentifier.Index}].value";
        var check = Chi.Check(chiIdentifier.Value);
        if (!check.IsValid)
        {
            issues.Add(Issue.Warning("value", at, $"CHI is not valid ({check.Status}); it is not used and linkage falls back to the other identifiers."));
            return null;
        }

        if (await chi.IsUsableAsync(check, PatientFacts.BirthDate(patient), PatientFacts.Gender(patient), PatientFacts.Family(patient), cancellationToken))
        {
            return check.Number;
        }

        issues.Add(Issue.Warning("conflict", at, "CHI contradicts the patient's birth date or sex and the other demographics do not confirm it; it is not used for linkage."));
        return null;
    }
}
