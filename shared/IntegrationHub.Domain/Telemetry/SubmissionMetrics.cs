using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Telemetry;

/// <summary>Records a submission's accept and outcome on <see cref="HubMetrics"/>.</summary>
public static class SubmissionMetrics
{
    public static void Accepted(Submission submission) =>
        HubMetrics.SubmissionsAccepted.Add(1, HubMetrics.Tag(HubTags.Org, submission.Org), HubMetrics.Tag(HubTags.Kind, submission.Kind.ToContract()));

    public static void Finished(Submission finished)
    {
        var org = HubMetrics.Tag(HubTags.Org, finished.Org);
        var kind = HubMetrics.Tag(HubTags.Kind, finished.Kind.ToContract());
        var status = HubMetrics.Tag(HubMetricTags.Status, finished.Status.ToContract());
        if (finished.Status == SubmissionStatus.Failed)
        {
            HubMetrics.SubmissionsFailed.Add(1, org, kind);
        }
        else
        {
            HubMetrics.SubmissionsCompleted.Add(1, org, kind, status);
        }

        HubMetrics.EntriesProcessed.Add(finished.Counts.Entries, org, kind);
        HubMetrics.EntriesRejected.Add(finished.Counts.Rejected, org, kind);
        if (finished.CompletedAt is { } completedAt)
        {
            HubMetrics.SubmissionLatency.Record((completedAt - finished.ReceivedAt).TotalSeconds, kind, status);
        }
    }
}
