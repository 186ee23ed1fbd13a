namespace IntegrationHub.Domain.ReadModels;

public sealed record ActivityPage(IReadOnlyList<IaActivity> Items, string? Continuation);
