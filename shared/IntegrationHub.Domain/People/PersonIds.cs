using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.People;

/// <summary>
/// Person ids derive from the first identifier that named the person, so concurrent workers that see the same
/// new person compute the same id and their writes converge on one document.
/// </summary>
public static class PersonIds
{
    public static string FromKey(string identifierKey) =>
        "p-" + StableHash.Hex(identifierKey, 12);
}
