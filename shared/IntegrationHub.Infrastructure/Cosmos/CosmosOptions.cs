namespace IntegrationHub.Infrastructure.Cosmos;

/// <summary>Section <c>Cosmos</c>. Without a key the client uses managed identity (Azure).</summary>
public sealed class CosmosOptions
{
    public const string Section = "Cosmos";

    public Uri? Endpoint { get; set; }

    /// <summary>Local emulator only (it ignores the value). Never set in Azure.</summary>
    public string? Key { get; set; }

    public string? ClientId { get; set; }

    public string DatabaseName { get; set; } = "hub";
}
