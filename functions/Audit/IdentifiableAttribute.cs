namespace IntegrationHub.Functions.Audit;

/// <summary>
/// Marks a function (or a class of them) whose answers carry identifiable data. The authorization middleware
/// records every refusal (401, 403) of such a function in the audit trail.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class IdentifiableAttribute : Attribute;
