namespace IntegrationHub.Domain.Audit;

/// <summary>
/// The caller as its token described it: subject, display name when the token carries one, roles and the org / IA
/// claims that decided what it may see. Null <see cref="Subject"/> is a caller without a valid token, or the hub itself.
/// </summary>
public sealed record AuditActor
{
    public static readonly AuditActor Anonymous = new();

    /// <summary>The hub acting on its own (start-up checks), not on behalf of a caller.</summary>
    public static readonly AuditActor Hub = new() { Subject = "integrationhub", Name = "IntegrationHub start-up" };

    public string? Subject { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public string? Org { get; init; }

    public IReadOnlyList<string> Ias { get; init; } = [];
}
