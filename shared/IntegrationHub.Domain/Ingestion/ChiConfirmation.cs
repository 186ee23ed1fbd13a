using IntegrationHub.Domain.Identity;
using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.People;

namespace IntegrationHub.Domain.Ingestion;

/// <summary>
/// Whether a valid CHI may link a record. A CHI whose date or sex digit contradicts the record is still used when
/// the person it already names has the same birth date and surname (the record's dates are then the mistake);
/// otherwise it is left out, because linking on a wrong CHI merges two people, which is worse than missing one.
/// </summary>
public sealed class ChiConfirmation(PersonLinker linker, IPersonStore people)
{
    public async Task<bool> IsUsableAsync(ChiCheck check, DateOnly? birthDate, string? sex, string? family, CancellationToken cancellationToken)
    {
        if (!check.IsValid)
        {
            return false;
        }

        if ((birthDate is not { } dob || check.AgreesWithBirthDate(dob)) && check.AgreesWithSex(sex))
        {
            return true;
        }

        var owner = await linker.FindOwnerAsync(IdentifierKeys.Chi(check.Number!), cancellationToken);
        var person = owner is null ? null : await people.GetPersonAsync(owner, cancellationToken);
        return person is not null && person.BirthDate == birthDate && string.Equals(person.Family, family, StringComparison.OrdinalIgnoreCase);
    }
}
