using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Events;

/// <summary>
/// Events Service Bus keeps refusing (here: a topic the namespace does not have, which is no outage) are tried
/// maxDequeueCount times, then set aside in the person's projection state with the reason, so the feed and the rest
/// of the app go on and an operator can see why.
/// </summary>
public sealed class PoisonedEventsTests : IDisposable
{
    private readonly EventsHub hub = new();

    [Fact]
    public async Task RefusedEvents_EndPoisonedWithTheReason_AndTheFeedIsUntouched()
    {
        var population = EventPopulation.Create(patients: 1, attendances: 2);
        var patient = population.Patients[0];
        using var app = new HubAppFactory(hub.Emulators, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ServiceBus:ConnectionString"] = hub.Peer.ConnectionString,
            ["ServiceBus:Topic"] = "no-such-topic",
        });

        await EventsHub.SubmitAsync(app, population.Bundles(perBundle: 1));

        var feed = await Eventually.ReachAsync(() => EventsHub.FeedAsync(app, [patient.Ia]), f => f.Count >= population.FeedEntries, TimeSpan.FromSeconds(120));
        var personId = await app.Services.GetRequiredService<IIdentifierIndex>().FindAsync(IdentifierKeys.Chi(patient.Chi), CancellationToken.None);
        var states = app.Services.GetRequiredService<IProjectionStateStore>();
        var state = await Eventually.ReachAsync(async () => (await states.GetAsync(personId!, CancellationToken.None))!, s => s.Poisoned.Count >= feed.Count, TimeSpan.FromSeconds(120));

        Assert.Empty(state.Unsent);
        Assert.Equal(feed.Select(e => e.EntryId).Order(StringComparer.Ordinal), state.Poisoned.Select(p => p.Entry.EntryId).Order(StringComparer.Ordinal));
        Assert.All(state.Poisoned, p => Assert.Contains("no-such-topic", p.Reason, StringComparison.Ordinal));
        Assert.Equal(0, hub.DeliveredCount);
    }

    public void Dispose() => hub.Dispose();
}
