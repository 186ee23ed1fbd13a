namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// One change published to an IA's daily feed (<c>ia-feed</c>, partition <c>IA|day</c>): the activity as it now
/// is (<c>upsert</c>) or the fact that it left the IA (<c>delete</c>: withdrawn, merged away or moved residence;
/// then <see cref="Activity"/> is null). The id derives from the activity and its content, so a retried
/// projection writes the same entry again instead of a second one.
/// </summary>
public sealed record FeedEntry(string EntryId, DateOnly Day, string Op, DateTimeOffset PublishedAt, string ActivityId, string AnonId, string Ia, string Kind, IaActivity? Activity)
{
    public const string Upsert = "upsert";
    public const string Delete = "delete";
}
