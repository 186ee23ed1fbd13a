using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Infrastructure.Cosmos.ReadModels;

/// <summary>One copy of an activity in <c>ia-activity</c> (partition <c>IA|YYYY-MM</c> or <c>IA|open</c>).</summary>
public sealed record IaActivityDocument(string Id, string IaMonth, IaActivity Activity)
{
    public string Type { get; init; } = "ia-activity";

    public int Version { get; init; } = 1;
}
