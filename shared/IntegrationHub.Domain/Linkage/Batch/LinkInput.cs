namespace IntegrationHub.Domain.Linkage.Batch;

/// <param name="Chi">A valid CHI, when the record has one: records sharing it are the same person outright.</param>
public sealed record LinkInput(string RecordId, MatchRecord Demographics, string? Chi);
