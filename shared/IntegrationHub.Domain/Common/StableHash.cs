using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Domain.Common;

/// <summary>
/// The hub's deterministic ids and fingerprints: the first <c>bytes</c> of SHA-256 over the UTF-8 text, as lower-case
/// hex. The same text gives the same id in every process and on every retry, which is what makes writes safe to repeat.
/// </summary>
public static class StableHash
{
    public static string Hex(string text, int bytes) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, bytes));
}
