using IntegrationHub.Domain.Audit;

namespace IntegrationHub.Infrastructure.Audit;

/// <summary>An audit record as stored (Cosmos container <c>audit</c>, partition = <c>day</c>; and the blob copy).</summary>
public sealed record AuditDocument
{
    public required string Id { get; init; }

    public required string Day { get; init; }

    public string Type { get; init; } = "audit";

    public int Version { get; init; } = 1;

    public required DateTimeOffset Time { get; init; }

    public required AuditActor Actor { get; init; }

    public required string Action { get; init; }

    public required string TargetKind { get; init; }

    public required string Target { get; init; }

    public IReadOnlyList<string> Persons { get; init; } = [];

    public required string Result { get; init; }

    public string? ClientAddress { get; init; }

    public string? TraceId { get; init; }

    public static AuditDocument From(AuditRecord r) => new()
    {
        Id = r.Id,
        Day = r.Day,
        Time = r.Time,
        Actor = r.Actor,
        Action = r.Action,
        TargetKind = r.TargetKind,
        Target = r.Target,
        Persons = r.Persons,
        Result = r.Result,
        ClientAddress = r.ClientAddress,
        TraceId = r.TraceId,
    };

    public AuditRecord ToRecord() => new()
    {
        Id = Id,
        Day = Day,
        Time = Time,
        Actor = Actor,
        Action = Action,
        TargetKind = TargetKind,
        Target = Target,
        Persons = Persons,
        Result = Result,
        ClientAddress = ClientAddress,
        TraceId = TraceId,
    };
}
