namespace IntegrationHub.Domain.Telemetry;

/// <summary>The attribute names of the hub's spans and metrics: ids, codes, counts and outcomes only.</summary>
public static class HubTags
{
    public const string SubmissionId = "hub.submission.id";
    public const string Org = "hub.org";
    public const string Kind = "hub.submission.kind";
    public const string Outcome = "hub.outcome";
    public const string Entries = "hub.entries";
    public const string Accepted = "hub.entries.accepted";
    public const string Rejected = "hub.entries.rejected";
    public const string People = "hub.people";
    public const string NewPeople = "hub.people.new";
    public const string Activities = "hub.activities";
    public const string Published = "hub.feed.published";
    public const string Withdrawn = "hub.feed.withdrawn";
    public const string EventsSent = "hub.events.sent";
    public const string EventsWaiting = "hub.events.waiting";
}
