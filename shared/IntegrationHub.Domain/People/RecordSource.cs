namespace IntegrationHub.Domain.People;

/// <param name="Kind">fhir (NHS) or social-care (council).</param>
/// <param name="ReceivedAt">When the submission carrying the record was received.</param>
public sealed record RecordSource(string Org, string Kind, DateTimeOffset ReceivedAt)
{
    public bool IsNhs => Kind == "fhir";

    /// <summary>Whether a record from this source should replace demographics from <paramref name="current"/>.</summary>
    public bool Supersedes(RecordSource? current) =>
        current is null
        || (IsNhs && !current.IsNhs)
        || (IsNhs == current.IsNhs && ReceivedAt >= current.ReceivedAt);
}
