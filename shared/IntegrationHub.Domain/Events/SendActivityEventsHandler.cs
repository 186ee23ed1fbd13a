using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Telemetry;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.Events;

/// <summary>
/// Sends a person's unsent events (the outbox the projection fills in the person's projection state) in order, in
/// batches, then marks them sent. A crash between the send and the mark sends the same entries again with the same
/// MessageId, which the topic's duplicate detection drops. An outage of the channel never fails the message: it
/// comes back later (<see cref="ActivityEventsBackOff"/>), so nothing is lost however long the outage; any other
/// failure is recorded and rethrown, and after the queue's retries <see cref="MarkPoisonedAsync"/> sets the events
/// aside with the reason.
/// </summary>
public sealed class SendActivityEventsHandler(
    IProjectionStateStore states,
    IActivityEventSender sender,
    ActivityEventsQueue queue,
    ActivityEventsBackOff backOff,
    TimeProvider time,
    ILogger<SendActivityEventsHandler> logger)
{
    private const int MaxSaveAttempts = 10;

    public async Task HandleAsync(ActivityEventsMessage message, CancellationToken cancellationToken)
    {
        using var span = HubTelemetry.StartFromMessage(HubSpans.Publish, message.TraceParent);
        var state = await states.GetAsync(message.PersonId, cancellationToken);
        if (state is null || state.Unsent.Count == 0 || !sender.Enabled)
        {
            span?.SetTag(HubTags.Outcome, "nothing-to-send").SetTag(HubTags.EventsSent, 0);
            return;
        }

        var unsent = state.Unsent;
        var sent = 0;
        try
        {
            while (sent < unsent.Count)
            {
                sent += await sender.SendBatchAsync([.. unsent.Skip(sent)], cancellationToken);
            }
        }
        catch (ActivityEventsUnavailableException ex)
        {
            await SettleAsync(state, unsent.Take(sent), null, cancellationToken);
            var delay = backOff.Delay(message.Outages);
            span?.SetTag(HubTags.Outcome, "channel-unavailable").SetTag(HubTags.EventsSent, sent).SetTag(HubTags.EventsWaiting, unsent.Count - sent);
            logger.LogWarning("Activity events of person {PersonId}: {Sent} sent, {Waiting} wait {Delay} for the event channel ({Reason})", message.PersonId, sent, unsent.Count - sent, delay, ex.Message);
            await queue.RequestLaterAsync(message with { Outages = message.Outages + 1 }, delay, cancellationToken);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            span?.SetTag(HubTags.Outcome, "refused").SetTag(HubTags.EventsSent, sent).SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            await SettleAsync(state, unsent.Take(sent), $"{ex.GetType().Name}: {ex.Message}", cancellationToken);
            throw;
        }

        await SettleAsync(state, unsent, null, cancellationToken);
        span?.SetTag(HubTags.Outcome, "sent").SetTag(HubTags.EventsSent, sent);
        logger.LogInformation("Sent {Count} activity events of person {PersonId}", sent, message.PersonId);
    }

    /// <summary>After the queue's retries: the events that kept failing are set aside with the last reason, so later ones flow.</summary>
    public async Task MarkPoisonedAsync(string personId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxSaveAttempts; attempt++)
        {
            var state = await states.GetAsync(personId, cancellationToken);
            if (state is null || state.Unsent.Count == 0)
            {
                return;
            }

            var reason = state.SendError ?? "sending failed repeatedly";
            var at = time.GetUtcNow();
            var poisoned = state with
            {
                Unsent = [],
                Poisoned = [.. state.Poisoned, .. state.Unsent.Select(e => new PoisonedEvent(e, reason, at))],
                SendError = null,
            };
            if (await states.TrySaveAsync(poisoned, cancellationToken) is not null)
            {
                logger.LogError("{Count} activity events of person {PersonId} were set aside as poisoned: {Reason}", state.Unsent.Count, personId, reason);
                return;
            }
        }

        throw new InvalidOperationException($"the projection state of person {personId} kept changing; the poison message is retried");
    }

    /// <summary>Removes what was sent from the outbox (and records an error): against the state read, re-reading only on a conflict.</summary>
    private async Task SettleAsync(ProjectionState read, IEnumerable<FeedEntry> sent, string? error, CancellationToken cancellationToken)
    {
        var sentIds = sent.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        var state = read;
        for (var attempt = 1; attempt <= MaxSaveAttempts; attempt++)
        {
            if (sentIds.Count == 0 && error is null)
            {
                return;
            }

            var settled = state with { Unsent = [.. state.Unsent.Where(e => !sentIds.Contains(e.EntryId))], SendError = error };
            if (await states.TrySaveAsync(settled, cancellationToken) is not null)
            {
                return;
            }

            // The projection added events meanwhile: take its version and remove the sent ones from that.
            state = await states.GetAsync(read.PersonId, cancellationToken) ?? throw new InvalidOperationException($"the projection state of person {read.PersonId} disappeared");
        }

        throw new InvalidOperationException($"the projection state of person {read.PersonId} kept changing; the events are sent again (same MessageIds)");
    }
}
