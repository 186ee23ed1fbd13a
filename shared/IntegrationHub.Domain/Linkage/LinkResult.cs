using IntegrationHub.Domain.Common;

namespace IntegrationHub.Domain.Linkage;

/// <param name="How">chi, source-id, probabilistic or new.</param>
public sealed record LinkResult(string PersonId, string How, IReadOnlyList<Issue> Issues);
