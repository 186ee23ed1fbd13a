using System.Globalization;
using System.Net;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Reference;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using IntegrationHub.Testing.ServiceBus;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Events;

/// <summary>
/// Emulators of the test's own (so no other test's worker takes its queue messages), the AMQP peer with the topic
/// and one subscription per IA as Bicep makes them, and apps whose publication goes to the peer.
/// </summary>
public sealed class EventsHub : IDisposable
{
    public const string Topic = "ia-activity";

    public EventsHub()
    {
        Emulators = LocalEmulators.StartPrivate();
        Peer = ServiceBusPeer.Start(Topic, ReferenceData.Scotland.Ias.ToDictionary(ia => ia.Code, ia => $"ia = '{ia.Code}'", StringComparer.Ordinal));
    }

    public LocalEmulators Emulators { get; }

    public ServiceBusPeer Peer { get; }

    public static string Today => ScottishTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An app publishing to the peer; a short lease when its worker is to be killed, so the next one takes over soon.</summary>
    public HubAppFactory App(bool shortLease = false)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ServiceBus:ConnectionString"] = Peer.ConnectionString,
            ["ServiceBus:OutageRetryMaxDelay"] = "00:00:02",
        };
        if (shortLease)
        {
            settings["LocalHost:QueueProcessingVisibility"] = "00:00:04";
        }

        return new HubAppFactory(Emulators, settings);
    }

    public static async Task SubmitAsync(HubAppFactory app, IEnumerable<string> bundles)
    {
        using var board = app.ClientFor("Submitter", EventPopulation.Board);
        foreach (var bundle in bundles)
        {
            using var response = await board.PostAsync("/api/fhir", Fhir.Content(bundle));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
    }

    /// <summary>Today's feed entries of every IA the population lives in, read from Cosmos as the analyst route reads them.</summary>
    public static async Task<List<FeedEntry>> FeedAsync(HubAppFactory app, IEnumerable<string> ias)
    {
        var store = app.Services.GetRequiredService<IReadModelStore>();
        var day = ScottishTime.Today(TimeProvider.System);
        var entries = new List<FeedEntry>();
        foreach (var ia in ias.Distinct())
        {
            await foreach (var entry in store.ReadFeedAsync(ia, day, CancellationToken.None))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>Every message the subscriptions hold (what consumers would receive), by subscription.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PeerMessage>> Delivered() =>
        Peer.Topic.Subscriptions.ToDictionary(s => s.Name, s => s.Messages, StringComparer.Ordinal);

    public int DeliveredCount => Peer.Topic.Subscriptions.Sum(s => s.Messages.Count);

    public void Dispose()
    {
        Peer.Dispose();
        Emulators.Dispose();
    }
}
