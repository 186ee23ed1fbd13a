namespace IntegrationHub.Domain.Audit;

/// <summary>Audit record ids: random, so two records never collide and a create never has to overwrite.</summary>
public static class AuditIds
{
    public static string New() => "au-" + Guid.NewGuid().ToString("N");
}
