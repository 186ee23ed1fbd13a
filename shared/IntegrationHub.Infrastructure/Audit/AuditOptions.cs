namespace IntegrationHub.Infrastructure.Audit;

/// <summary>Section <c>Audit</c>: where the second, write-once copy of the audit trail goes.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// Blob container of the copy. In Azure it has a time-based immutability policy (Bicep), so not even the app's
    /// own identity can overwrite or delete a record before the retention period ends.
    /// </summary>
    public string BlobContainer { get; set; } = "audit";
}
