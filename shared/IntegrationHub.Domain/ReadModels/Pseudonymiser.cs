using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// anonId = HMAC-SHA256(key, person id), truncated to 128 bits: stable for a person, useless without the key, which
/// lives in Key Vault (Azure) or a per-machine development file, never in the repo.
/// </summary>
public sealed class Pseudonymiser
{
    private readonly byte[] key;

    public Pseudonymiser(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("the pseudonymisation key must be at least 256 bits", nameof(key));
        }

        this.key = key;
    }

    public string AnonId(string personId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(personId)).AsSpan(0, 16));
}
