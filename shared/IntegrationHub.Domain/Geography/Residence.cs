namespace IntegrationHub.Domain.Geography;

/// <param name="How">council-code, council-name, postcode, single-ia-board or unresolved.</param>
public sealed record Residence(string? CouncilCode, string? IaCode, string How)
{
    public static Residence Unresolved { get; } = new(null, null, "unresolved");

    public bool Resolved => IaCode is not null;
}
