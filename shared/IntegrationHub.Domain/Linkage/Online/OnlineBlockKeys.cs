using IntegrationHub.Domain.Linkage.Batch;
using IntegrationHub.Domain.Linkage.Comparison;

namespace IntegrationHub.Domain.Linkage.Online;

/// <summary>
/// The keys a record is filed under in the <c>blocks</c> container, and looked up by (DESIGN §5): the batch
/// linker's key families (<see cref="BlockingKeys"/>) as readable strings, less birth date + postcode. That one
/// lies inside the birth-date block, which the online path reads anyway; each key is a query and a write per new person.
/// </summary>
public static class OnlineBlockKeys
{
    public static IReadOnlyList<string> For(PreparedRecord r)
    {
        var keys = new List<string>(BlockingKeys.Count - 1);
        for (var slot = 0; slot < BlockingKeys.Count; slot++)
        {
            if (slot != BlockingKeys.BirthDateAndPostcode && BlockingKeys.Describe(r, slot) is { } key && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
