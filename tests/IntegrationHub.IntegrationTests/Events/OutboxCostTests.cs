using System.Net;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Events;

/// <summary>
/// What the event outbox costs in Cosmos operations per feed entry: the same population projected with publication off
/// and on (half each, the test driving the handlers, every operation counted), then the sender's share.
/// </summary>
public sealed class OutboxCostTests(ITestOutputHelper output) : IDisposable
{
    private readonly EventsHub hub = new();

    [Fact]
    public async Task TheOutboxAddsNoOperationToTheProjection_AndTheSenderTwoPerPerson()
    {
        var population = EventPopulation.Create(patients: 40, attendances: 3);
        var publishing = new Dictionary<string, string?>(HubAppFactory.WithoutTriggers, StringComparer.Ordinal) { ["ServiceBus:ConnectionString"] = hub.Peer.ConnectionString };
        using var app = new HubAppFactory(hub.Emulators, publishing);
        await using var off = HubAppFactory.ServicesFor(hub.Emulators, HubAppFactory.WithoutTriggers);
        var on = app.Services;

        using (var board = app.ClientFor("Submitter", EventPopulation.Board))
        {
            foreach (var bundle in population.Bundles(perBundle: 20))
            {
                using var response = await board.PostAsync("/api/fhir", Fhir.Content(bundle));
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                var id = response.Content.Headers.ContentLocation!.ToString().Split('/')[^1];
                await on.GetRequiredService<ProcessSubmissionHandler>().HandleAsync(new SubmissionMessage(id), CancellationToken.None);
            }
        }

        var identifiers = on.GetRequiredService<IIdentifierIndex>();
        var people = new List<string>();
        foreach (var patient in population.Patients)
        {
            people.Add(await identifiers.FindAsync(IdentifierKeys.Chi(patient.Chi), CancellationToken.None) ?? throw new InvalidOperationException("a patient was not linked"));
        }

        var half = people.Count / 2;
        var perEntryOff = await OperationsAsync(off, people.Take(half), (sp, p) => sp.GetRequiredService<ProjectPersonHandler>().HandleAsync(p, CancellationToken.None));
        var perEntryOn = await OperationsAsync(on, people.Skip(half), (sp, p) => sp.GetRequiredService<ProjectPersonHandler>().HandleAsync(p, CancellationToken.None));
        var perEntrySend = await OperationsAsync(on, people.Skip(half), (sp, p) => sp.GetRequiredService<SendActivityEventsHandler>().HandleAsync(new ActivityEventsMessage(p), CancellationToken.None));

        var entries = (people.Count - half) * population.Attendances;
        Assert.Equal(entries, hub.DeliveredCount);
        output.WriteLine($"Cosmos operations per feed entry ({population.Attendances} entries per person): projection {perEntryOff:F2} with publication off, {perEntryOn:F2} on; sender {perEntrySend:F2}; outbox total {perEntryOn - perEntryOff + perEntrySend:F2}");
        Assert.Equal(perEntryOff, perEntryOn, 2);
        Assert.Equal(2.0 / population.Attendances, perEntrySend, 2);
    }

    public void Dispose() => hub.Dispose();

    private static async Task<double> OperationsAsync(IServiceProvider services, IEnumerable<string> people, Func<IServiceProvider, string, Task> work)
    {
        var counter = services.GetRequiredService<CosmosOperationCounter>();
        var list = people.ToList();
        var before = counter.Operations;
        foreach (var person in list)
        {
            await work(services, person);
        }

        var operations = counter.Operations - before;
        var state = services.GetRequiredService<IProjectionStateStore>();
        var entries = 0;
        foreach (var person in list)
        {
            entries += (await state.GetAsync(person, CancellationToken.None))!.Entries.Count;
        }

        return (double)operations / entries;
    }
}
