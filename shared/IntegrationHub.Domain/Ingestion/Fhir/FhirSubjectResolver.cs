using Hl7.Fhir.Model;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Geography;
using IntegrationHub.Domain.Identity;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>
/// Finds the person an activity belongs to: a Patient in the same bundle (by fullUrl, or Patient/{id}), a
/// Patient the same board sent earlier, or a logical CHI identifier. Anything else is an entry error.
/// </summary>
public sealed class FhirSubjectResolver(IIdentifierIndex index, IPersonStore people)
{
    public async Task<SubjectResolution> ResolveAsync(ResourceReference reference, string location, FhirBundleContext bundle, CancellationToken cancellationToken)
    {
        if (reference.Reference?.Trim() is { Length: > 0 } literal)
        {
            if (bundle.TryFind(literal, out var inBundle))
            {
                return inBundle is null
                    ? SubjectResolution.Rejected(Issue.Error("invalid", location, $"The referenced Patient '{FhirValues.Shorten(literal)}' was rejected, so this entry is too."))
                    : SubjectResolution.Found(inBundle.PersonId, inBundle.Residence, inBundle.Created);
            }

            if (literal.StartsWith("Patient/", StringComparison.Ordinal)
                && await StoredAsync(IdentifierKeys.SourceResource(bundle.Org, "Patient", literal["Patient/".Length..]), bundle, cancellationToken) is { } known)
            {
                return known;
            }

            return SubjectResolution.Rejected(Issue.Error("not-found", location, $"Reference '{FhirValues.Shorten(literal)}' names no Patient in this bundle or sent earlier by {bundle.Org}."));
        }

        var identifier = reference.Identifier!;
        var value = identifier.Value!.Trim();
        if (identifier.System == FhirCodes.Chi)
        {
            var check = Chi.Check(value);
            if (!check.IsValid)
            {
                return SubjectResolution.Rejected(Issue.Error("value", location + ".identifier", $"The subject's CHI is not valid ({check.Status})."));
            }

            if (await StoredAsync(IdentifierKeys.Chi(check.Number!), bundle, cancellationToken) is { } byChi)
            {
                return byChi;
            }

            return SubjectResolution.Rejected(Issue.Error("not-found", location + ".identifier", "No person with this CHI is known to the hub; send the Patient first or in the same bundle."));
        }

        return await StoredAsync(IdentifierKeys.Source(bundle.Org, identifier.System, value), bundle, cancellationToken) is { } bySource
            ? bySource
            : SubjectResolution.Rejected(Issue.Error("not-found", location + ".identifier", $"No patient with identifier '{FhirValues.Shorten(value)}' was sent by {bundle.Org}."));
    }

    /// <summary>The person an identifier key names, with their residence; null when none. Read once per bundle per key.</summary>
    private Task<SubjectResolution?> StoredAsync(string key, FhirBundleContext bundle, CancellationToken cancellationToken) =>
        bundle.StoredSubject(key, async () => await index.FindAsync(key, cancellationToken) is { } personId ? await PersonAsync(personId, cancellationToken) : null);

    private async Task<SubjectResolution> PersonAsync(string personId, CancellationToken cancellationToken)
    {
        var person = await people.GetPersonAsync(personId, cancellationToken);
        var residence = person?.IaCode is null ? Residence.Unresolved : new Residence(person.CouncilCode, person.IaCode, "stored");
        return SubjectResolution.Found(personId, residence);
    }
}
