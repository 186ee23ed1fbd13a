namespace IntegrationHub.Domain.Audit;

/// <summary>
/// One entry of the audit trail: who did what to which record, with what result, from where. It names records by
/// their ids only; no name, CHI, birth date, postcode or payload is ever copied into it, so the trail itself is not
/// identifiable data and can be kept for years.
/// </summary>
public sealed record AuditRecord
{
    public required string Id { get; init; }

    /// <summary>The UTC day of <see cref="Time"/> (yyyy-MM-dd): the partition, so a day is read in one query.</summary>
    public required string Day { get; init; }

    public required DateTimeOffset Time { get; init; }

    public required AuditActor Actor { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>What kind of record <see cref="Target"/> names (<see cref="AuditTargetKinds"/>).</summary>
    public required string TargetKind { get; init; }

    /// <summary>The review id, submission id, route or setting acted on.</summary>
    public required string Target { get; init; }

    /// <summary>The person ids whose data the action showed or changed, so a person's trail can be found.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>One of <see cref="AuditResults"/>, or the decision taken.</summary>
    public required string Result { get; init; }

    public string? ClientAddress { get; init; }

    public string? TraceId { get; init; }

    /// <summary>Whether the record names <paramref name="target"/> as its target or as one of its persons.</summary>
    public bool Concerns(string target) =>
        string.Equals(Target, target, StringComparison.Ordinal) || Persons.Contains(target, StringComparer.Ordinal);
}
