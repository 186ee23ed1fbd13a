using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.ServiceBus;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Events;

/// <summary>
/// Live IA activity events (issue 16) end to end: the real worker under the local host publishes with the real
/// ServiceBusClient over AMQP to the in-process peer, which holds the topic with one filtered subscription per IA.
/// </summary>
public sealed class ActivityEventsTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(240);

    private readonly EventsHub hub = new();

    [Fact]
    public async Task PushedPopulation_EachFeedEntryArrivesOnce_OnItsIasSubscription_AndNowhereElse()
    {
        var population = EventPopulation.Create(patients: 62, attendances: 3);
        using var app = hub.App();
        using (var health = app.CreateClient())
        {
            Assert.Equal("on", (await health.GetFromJsonAsync<JsonElement>("/api/health")).GetProperty("serviceBus").GetString());
        }

        await EventsHub.SubmitAsync(app, population.Bundles(perBundle: 20));
        var ias = population.Patients.Select(p => p.Ia).ToList();
        var feed = await Eventually.ReachAsync(() => EventsHub.FeedAsync(app, ias), f => f.Count >= population.FeedEntries, Patience);
        await Eventually.ReachAsync(() => Task.FromResult(hub.DeliveredCount), n => n >= feed.Count, Patience);

        var delivered = hub.Delivered();
        Assert.Equal(population.FeedEntries, feed.Count);
        Assert.Equal(feed.Count, delivered.Values.Sum(m => m.Count));
        foreach (var (ia, entries) in feed.GroupBy(e => e.Ia).Select(g => (g.Key, g.ToList())))
        {
            var messages = delivered[ia];
            Assert.Equal(entries.Select(e => e.EntryId).Order(StringComparer.Ordinal), messages.Select(m => m.MessageId).Order(StringComparer.Ordinal));
            foreach (var message in messages)
            {
                AssertIsTheEvent(entries.Single(e => e.EntryId == message.MessageId), message);
            }
        }

        var text = string.Concat(delivered.Values.SelectMany(m => m).Select(m => m.Text + string.Join(",", m.Properties.Values)));
        Assert.All(population.Identifying, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
        ReportRates(feed, delivered.Values.SelectMany(m => m).ToList());
    }

    [Fact]
    public async Task APersonsChanges_ArriveInTheOrderTheyWereMade()
    {
        var population = EventPopulation.Create(patients: 1, attendances: 1);
        var patient = population.Patients[0];
        using var app = hub.App();
        var steps = new[]
        {
            (Start: "2026-10-01", Status: "finished"),
            (Start: "2026-10-02", Status: "finished"),
            (Start: "2026-10-02", Status: "entered-in-error"),
        };

        foreach (var (step, index) in steps.Select((s, i) => (s, i)))
        {
            var bundle = $$"""{"resourceType":"Bundle","type":"collection","entry":[{{patient.PatientEntry()}},{{patient.AttendanceEntry(0, step.Status, step.Start)}}]}""";
            await EventsHub.SubmitAsync(app, [bundle]);
            await Eventually.ReachAsync(() => Task.FromResult(hub.Peer.Topic.Subscription(patient.Ia).Messages.Count), n => n >= index + 1, Patience);
        }

        var messages = hub.Peer.Topic.Subscription(patient.Ia).Messages;
        Assert.Equal(3, messages.Count);
        Assert.Single(messages.Select(m => m.SessionId).Distinct());
        Assert.Equal(["upsert", "upsert", "delete"], messages.Select(m => m.Property("op")));
        Assert.Equal(["2026-10-01", "2026-10-02"], messages.Take(2).Select(m => JsonDocument.Parse(m.Text).RootElement.GetProperty("start").GetString()));
        Assert.True(messages.Zip(messages.Skip(1)).All(p => string.CompareOrdinal(p.First.Property("publishedAt"), p.Second.Property("publishedAt")) < 0));
    }

    [Fact]
    public async Task PeerStoppedForThirtySecondsDuringAPush_NothingIsLost_TheBacklogIsSentAfter()
    {
        var population = EventPopulation.Create(patients: 60, attendances: 2);
        var bundles = population.Bundles(perBundle: 10).ToList();
        var ias = population.Patients.Select(p => p.Ia).ToList();
        using var app = hub.App();
        using var client = app.CreateClient();

        await EventsHub.SubmitAsync(app, bundles.Take(2));
        await Eventually.ReachAsync(() => Task.FromResult(hub.DeliveredCount), n => n > 0, Patience);
        hub.Peer.Stop();
        var stoppedAt = TimeProvider.System.GetUtcNow();
        await EventsHub.SubmitAsync(app, bundles.Skip(2));

        // The outage holds up nothing else: the whole push is projected while Service Bus is away.
        var feed = await Eventually.ReachAsync(() => EventsHub.FeedAsync(app, ias), f => f.Count >= population.FeedEntries, Patience);
        var whileDown = hub.DeliveredCount;
        var health = await client.GetFromJsonAsync<JsonElement>("/api/health");
        output.WriteLine($"health while Service Bus is away: {health}");
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.NotEqual("healthy", health.GetProperty("checks").GetProperty("serviceBus").GetString());
        var outage = TimeSpan.FromSeconds(30) - (TimeProvider.System.GetUtcNow() - stoppedAt);
        output.WriteLine($"projected all {feed.Count} entries {TimeProvider.System.GetUtcNow() - stoppedAt:g} into the outage, {whileDown} delivered before it");
        if (outage > TimeSpan.Zero)
        {
            // The scenario itself: Service Bus stays away for 30 s in all (no synchronisation rests on this wait).
            await Task.Delay(outage);
        }

        Assert.Equal(whileDown, hub.DeliveredCount);
        hub.Peer.Start();
        var restartedAt = TimeProvider.System.GetUtcNow();
        await Eventually.ReachAsync(() => Task.FromResult(hub.DeliveredCount), n => n >= feed.Count, Patience);
        output.WriteLine($"backlog of {feed.Count - whileDown} sent {TimeProvider.System.GetUtcNow() - restartedAt:g} after the peer came back");

        var delivered = hub.Delivered().Values.SelectMany(m => m).ToList();
        Assert.Equal(feed.Select(e => e.EntryId).Order(StringComparer.Ordinal), delivered.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WorkerKilledMidPublication_TheResendCarriesTheSameMessageIds()
    {
        var population = EventPopulation.Create(patients: 30, attendances: 2);
        var ias = population.Patients.Select(p => p.Ia).ToList();
        HashSet<string> unacknowledged;
        using (var dying = hub.App(shortLease: true))
        {
            hub.Peer.Acknowledgements.Hold();
            await EventsHub.SubmitAsync(dying, population.Bundles(perBundle: 10));
            await Eventually.ReachAsync(() => Task.FromResult(hub.Peer.Topic.Arrivals.Count), n => n > 0, Patience);
            dying.Host.KillWorker();
            unacknowledged = [.. hub.Peer.Topic.Arrivals.Select(m => m.MessageId!)];
            hub.Peer.Acknowledgements.Release();
            output.WriteLine($"killed the worker with {unacknowledged.Count} messages sent and not acknowledged");
        }

        using var second = hub.App(shortLease: true);
        var feed = await Eventually.ReachAsync(() => EventsHub.FeedAsync(second, ias), f => f.Count >= population.FeedEntries, Patience);
        await Eventually.ReachAsync(() => Task.FromResult(hub.DeliveredCount), n => n >= feed.Count, Patience);
        await Eventually.ReachAsync(
            () => Task.FromResult(hub.Peer.Topic.Arrivals.GroupBy(m => m.MessageId!).Where(g => unacknowledged.Contains(g.Key)).Count(g => g.Count() >= 2)),
            n => n == unacknowledged.Count,
            Patience);

        var arrivals = hub.Peer.Topic.Arrivals;
        var resent = arrivals.Where(m => unacknowledged.Contains(m.MessageId!)).GroupBy(m => m.MessageId!).ToList();
        Assert.All(resent, g => Assert.Single(g.Select(m => m.Text).Distinct()));
        var delivered = hub.Delivered().Values.SelectMany(m => m).ToList();
        Assert.Equal(feed.Select(e => e.EntryId).Order(StringComparer.Ordinal), delivered.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        output.WriteLine($"{arrivals.Count} arrivals for {feed.Count} entries; the duplicates were dropped by the topic");
    }

    public void Dispose() => hub.Dispose();

    private static void AssertIsTheEvent(FeedEntry entry, PeerMessage message)
    {
        var line = Encoding.UTF8.GetString(ActivityJson.Line(json => ActivityJson.Write(json, entry))).TrimEnd('\n');
        Assert.Equal(line, message.Text);
        Assert.Equal(entry.AnonId, message.SessionId);
        Assert.Equal(entry.Kind, message.Subject);
        Assert.Equal(entry.Ia, message.Property("ia"));
        Assert.Equal(entry.Kind, message.Property("kind"));
        Assert.Equal(entry.Op, message.Property("op"));
        Assert.Equal(entry.PublishedAt, DateTimeOffset.Parse(message.Property("publishedAt")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private void ReportRates(IReadOnlyList<FeedEntry> feed, IReadOnlyList<PeerMessage> messages)
    {
        var projected = feed.Max(e => e.PublishedAt) - feed.Min(e => e.PublishedAt);
        var published = messages.Max(m => m.ArrivedAt) - messages.Min(m => m.ArrivedAt);
        var lag = messages.Max(m => m.ArrivedAt) - feed.Max(e => e.PublishedAt);
        output.WriteLine(
            $"{feed.Count} feed entries projected in {projected.TotalSeconds:F1} s ({feed.Count / Math.Max(projected.TotalSeconds, 0.001):F0}/s); " +
            $"{messages.Count} messages published in {published.TotalSeconds:F1} s ({messages.Count / Math.Max(published.TotalSeconds, 0.001):F0}/s); " +
            $"last message {lag.TotalSeconds:F1} s after the last projection");
    }
}
