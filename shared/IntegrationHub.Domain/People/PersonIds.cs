using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Domain.People;

/// <summary>
/// Person ids derive from the first identifier that named the person, so concurrent workers that see the same
/// new person compute the same id and their writes converge on one document.
/// </summary>
public static class PersonIds
{
    public static string FromKey(string identifierKey) =>
        "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identifierKey)).AsSpan(0, 12));
}
