using IntegrationHub.Domain.People;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.People;

/// <summary>Identifier claims made with Create: a 409 means someone claimed it first, and theirs stands.</summary>
public sealed class CosmosIdentifierIndex(HubContainers containers, TimeProvider time) : IIdentifierIndex
{
    private Container Identifiers => containers.Identifiers;

    public async Task<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Identifiers.ReadItemAsync<IdentifierDocument>(Id(key), new PartitionKey(Id(key)), cancellationToken: cancellationToken);
            return response.Resource.PersonId;
        }
        catch (CosmosException ex) when (ex.IsNotFound())
        {
            return null;
        }
    }

    public async Task<string> ClaimAsync(string key, string personId, CancellationToken cancellationToken)
    {
        try
        {
            await Identifiers.CreateItemAsync(new IdentifierDocument(Id(key), personId, time.GetUtcNow()), new PartitionKey(Id(key)), cancellationToken: cancellationToken);
            return personId;
        }
        catch (CosmosException ex) when (ex.IsConflict())
        {
            return await FindAsync(key, cancellationToken) ?? throw new InvalidOperationException($"identifier claim {key} conflicted but cannot be read");
        }
    }

    public async Task RepointAsync(string key, string fromPersonId, string toPersonId, CancellationToken cancellationToken)
    {
        var id = Id(key);
        while (true)
        {
            ItemResponse<IdentifierDocument> current;
            try
            {
                current = await Identifiers.ReadItemAsync<IdentifierDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            }
            catch (CosmosException ex) when (ex.IsNotFound())
            {
                return;
            }

            if (current.Resource.PersonId != fromPersonId)
            {
                return;
            }

            var moved = current.Resource with { PersonId = toPersonId, ClaimedAt = time.GetUtcNow() };
            if (await OptimisticWrites.TrySaveAsync(Identifiers, moved, id, new PartitionKey(id), current.ETag, cancellationToken) is not null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The document id of a key: the key itself when it is plain (<c>chi|0101011237</c>), else its kind and a
    /// SHA-256 of it. Cosmos ids may not hold '/', '\', '?' or '#', and escapes do not survive every path to the
    /// service, while source systems are URLs; a hash is unambiguous and always safe.
    /// </summary>
    private static string Id(string key) =>
        key.Length <= 200 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '|' or '.' or '_' or ':' or '-')
            ? key
            : key[..key.IndexOf('|', StringComparison.Ordinal)] + "|sha256|" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
