using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.IntegrationTests.Events;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests.Ingestion;

/// <summary>
/// What processing a FHIR bundle costs in Cosmos operations, by kind: counts, never times, so they hold on any
/// machine. The test drives the handlers itself (the app runs without triggers) on emulators of its own, so no other
/// test's operations are counted and nothing else processes its submissions.
/// </summary>
public sealed class FhirProcessingCostTests(ITestOutputHelper output) : IDisposable
{
    private const int Patients = 20;
    private const int Attendances = 3;
    private const int Resources = Patients * (1 + Attendances);

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    [Fact]
    public async Task NewPatients_AndTheirResend_CostNoMoreOperationsThanTheirBudget()
    {
        using var app = new HubAppFactory(emulators, HubAppFactory.WithoutTriggers);
        var services = app.Services;
        var body = EventPopulation.Create(Patients, Attendances).Bundles(perBundle: Patients).Single();

        var first = await ProcessAsync(services, body, idempotencyKey: null);
        var resend = await ProcessAsync(services, body, idempotencyKey: Guid.NewGuid().ToString());

        Report("new patients", first);
        Report("the same bundle again", resend);
        // Every patient new: nothing of a new person is read back before it is written, and an attendance is one create.
        Assert.Equal(0, Count(first, "persons read"));
        Assert.Equal(Patients * (1 + Attendances), Count(first, "persons create"));
        // A resend runs no matcher and claims nothing: one read per identifier, the person and each attendance, and no
        // activity written (the person document is, for the newer source's provenance).
        Assert.Equal(0, Count(resend, "blocks query") + Count(resend, "blocks upsert"));
        Assert.Equal(0, Count(resend, "identifiers create") + Count(resend, "persons create") + Count(resend, "persons upsert"));
        Assert.Equal(Patients * (1 + Attendances), Count(resend, "persons read"));
        Assert.Equal(Patients, Count(resend, "identifiers read"));
    }

    public void Dispose() => emulators.Dispose();

    private static long Count(IReadOnlyDictionary<string, CosmosOperationTotals> kinds, string kind) =>
        kinds.TryGetValue(kind, out var totals) ? totals.Operations : 0;

    private static async Task<IReadOnlyDictionary<string, CosmosOperationTotals>> ProcessAsync(IServiceProvider services, string body, string? idempotencyKey)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var accepted = await services.GetRequiredService<AcceptSubmissionHandler>().HandleAsync(
            new AcceptSubmissionCommand(EventPopulation.Board, SubmissionKind.Fhir, idempotencyKey, "application/fhir+json", new MemoryStream(bytes), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length),
            CancellationToken.None);
        var counter = services.GetRequiredService<CosmosOperationCounter>();
        var before = counter.ByKind();
        await services.GetRequiredService<ProcessSubmissionHandler>().HandleAsync(new SubmissionMessage(accepted.Submission.Id), CancellationToken.None);
        var after = counter.ByKind();
        var done = await services.GetRequiredService<ISubmissionStore>().GetAsync(accepted.Submission.Id, CancellationToken.None);
        Assert.Equal((SubmissionStatus.Completed, Resources), (done!.Status, done.Counts.Accepted));
        // Container and partition-range reads are the SDK's caches filling, not the work's.
        return after
            .Where(pair => pair.Key != CosmosOperationKind.Metadata)
            .Select(pair => (pair.Key, Totals: pair.Value.Since(before.GetValueOrDefault(pair.Key, CosmosOperationTotals.None))))
            .Where(pair => pair.Totals.Operations > 0)
            .ToDictionary(pair => pair.Key, pair => pair.Totals, StringComparer.Ordinal);
    }

    private void Report(string run, IReadOnlyDictionary<string, CosmosOperationTotals> kinds)
    {
        var total = kinds.Values.Sum(k => k.Operations);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run}: {total} operations = {(double)total / Resources:F2} per resource ({Patients} patients, {Patients * Attendances} attendances)"));
        foreach (var (kind, totals) in kinds.OrderByDescending(pair => pair.Value.Operations))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-24} {totals.Operations,5} = {(double)totals.Operations / Resources:F2} per resource, {totals.RequestCharge / Resources:F2} RU per resource"));
        }
    }
}
