using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Task = System.Threading.Tasks.Task;
using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>
/// A landed FHIR submission into people and activities: Patients first (linked, demographics saved), then the
/// Encounters and EpisodeOfCares that point to them. Every write is idempotent, so a retried message redoes the
/// work without changing anything twice; counts are derived so that a retry reports the same numbers.
/// </summary>
public sealed class FhirSubmissionProcessor(
    FhirPatientLinker patients,
    FhirSubjectResolver subjects,
    ActivityWriter activities,
    ProjectionOutbox outbox,
    TimeProvider time) : ISubmissionProcessor
{
    private const int Parallelism = 8;

    public SubmissionKind Kind => SubmissionKind.Fhir;

    public async Task<ProcessingOutcome> ProcessAsync(Submission submission, Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        var parsed = FhirParser.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        if (parsed.Failed)
        {
            return new ProcessingOutcome(SubmissionCounts.None, parsed.Failures, Failed: true);
        }

        var run = new FhirRun(submission, parsed.Entries);
        var source = new RecordSource(submission.Org, "fhir", submission.ReceivedAt);
        var bundle = new FhirBundleContext(submission.Org);

        await ForEachAsync(run.Entries.Where(e => e.ResourceType == "Patient"), async (entry, ct) =>
        {
            if (entry.Resource is not Patient patient)
            {
                bundle.Add(entry.FullUrl, null, null);
                return;
            }

            run.Identifiers.Add(PatientFacts.Identifiers(patient).Where(i => i.System == FhirCodes.Chi).Select(i => i.Value), PatientFacts.Residence(patient).PostalCode);
            var at = entry.ResourcePath;
            if (PatientDates.Problem(patient, at, ScottishTime.Today(time)) is { } impossible)
            {
                // Linking on an impossible birth date would file the person under it; the entries that need them are rejected too.
                run.AddIssues(entry.Index, [impossible]);
                bundle.Add(entry.FullUrl, null, null);
                return;
            }

            var (linked, issues) = await patients.LinkAsync(patient, at, submission.Id, source, ct);
            run.AddIssues(entry.Index, issues);
            run.Touch(entry.Index, linked.PersonId, linked.Created);
            bundle.Add(entry.FullUrl, patient.Id, linked);
            if (PatientFacts.DeceasedDate(patient) is { } died)
            {
                await activities.SaveAsync(FhirActivityMapper.Death(linked.PersonId, died, linked.Residence, submission.Org, submission.Id, time.GetUtcNow()), likelyNew: linked.Created, ct);
            }
        }, cancellationToken);

        await ForEachAsync(run.Entries.Where(e => e.Resource is Encounter or EpisodeOfCare), (entry, ct) => ProcessActivityAsync(entry, run, bundle, ct), cancellationToken);
        await outbox.EnqueueAsync(run.PeopleTouched, cancellationToken);
        return run.Outcome();
    }

    private async Task ProcessActivityAsync(FhirEntry entry, FhirRun run, FhirBundleContext bundle, CancellationToken cancellationToken)
    {
        var path = entry.ResourcePath;
        var (reference, status, sourceId, referenceName) = entry.Resource switch
        {
            Encounter e => (e.Subject!, e.Status?.GetLiteral(), FhirValues.SourceId(e.Identifier, e.Id)!, "subject"),
            EpisodeOfCare e => (e.Patient, e.Status?.GetLiteral(), FhirValues.SourceId(e.Identifier, e.Id)!, "patient"),
            _ => throw new InvalidOperationException("not an activity resource"),
        };

        var subject = await subjects.ResolveAsync(reference, $"{path}.{referenceName}", bundle, cancellationToken);
        if (subject.Problem is not null)
        {
            run.Reject(entry.Index, subject.Problem);
            return;
        }

        run.Touch(entry.Index, subject.PersonId!, created: false);
        var now = time.GetUtcNow();
        if (FhirValues.IsWithdrawn(status))
        {
            var activityId = ActivityIds.For(run.Submission.Org, entry.ResourceType!, sourceId);
            var removed = await activities.RemoveAsync(subject.PersonId!, activityId, run.Submission.Id, now, cancellationToken);
            if (removed is null)
            {
                run.AddIssues(entry.Index, [Issue.Information("not-found", path + ".status", $"The {status} record is not held by the hub; nothing to remove.")]);
            }
            else if (removed.Value)
            {
                run.CountActivity();
            }

            return;
        }

        ActivityRecord? activity = entry.Resource switch
        {
            Encounter e => FhirActivityMapper.FromEncounter(e, subject.PersonId!, subject.Residence!, run.Submission.Org, run.Submission.Id, now),
            EpisodeOfCare e when FhirValues.IsDelayedDischarge(e) => FhirActivityMapper.FromDelayedDischarge(e, subject.PersonId!, subject.Residence!, run.Submission.Org, run.Submission.Id, now),
            _ => null,
        };

        if (activity is null)
        {
            run.AddIssues(entry.Index, [Issue.Warning("not-supported", path + ".type", "Only delayed-discharge episodes of care are used; this one is accepted and ignored.")]);
            return;
        }

        if (await activities.SaveAsync(activity, likelyNew: subject.PersonIsNew, cancellationToken))
        {
            run.CountActivity();
        }
    }

    private static Task ForEachAsync(IEnumerable<FhirEntry> entries, Func<FhirEntry, CancellationToken, Task> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (e, ct) => await body(e, ct));
}
