using IntegrationHub.Domain.Linkage;
using IntegrationHub.Domain.People;
using IntegrationHub.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Linkage;

/// <summary>
/// Two workers linking two records of the same new person at the same moment (two boards, no CHI, nothing in the
/// blocking index yet) must end with one person: each round releases both at once against the real emulator.
/// </summary>
public sealed class ConcurrentNewPersonTests : IDisposable
{
    private const int Rounds = 12;
    private readonly HubAppFactory app = new(settings: HubAppFactory.WithoutTriggers);

    [Fact]
    public async Task TwoWorkersOnTwoRecordsOfOneNewPerson_EndWithOnePerson()
    {
        var linker = app.Services.GetRequiredService<PersonLinker>();
        var identifiers = app.Services.GetRequiredService<IIdentifierIndex>();
        var outcomes = new List<(string A, string B, string OwnerA, string OwnerB)>();
        for (var round = 0; round < Rounds; round++)
        {
            var family = Fhir.Surname(Guid.NewGuid().ToString());
            var record = new MatchRecord(family, "Iain", new DateOnly(1944, 1, 1).AddDays(round * 97), "male", "PH1 5AB");
            var keyA = IdentifierKeys.SourceResource("S08000030", "Patient", "race-" + family);
            var keyB = IdentifierKeys.SourceResource("S08000019", "Patient", "race-" + family);
            using var start = new ManualResetEventSlim(false);
            var a = Task.Run(async () =>
            {
                start.Wait();
                return await linker.LinkAsync([keyA], keyA, record, new LinkScope("S08000030", "S37000033"), "a", default);
            });
            var b = Task.Run(async () =>
            {
                start.Wait();
                return await linker.LinkAsync([keyB], keyB, record, new LinkScope("S08000019", "S37000033"), "b", default);
            });
            start.Set();
            var results = await Task.WhenAll(a, b);
            outcomes.Add((results[0].PersonId, results[1].PersonId, (await identifiers.FindAsync(keyA, default))!, (await identifiers.FindAsync(keyB, default))!));
        }

        Assert.All(outcomes, o =>
        {
            Assert.Equal(o.A, o.B);
            Assert.Equal((o.A, o.A), (o.OwnerA, o.OwnerB));
        });
    }

    public void Dispose() => app.Dispose();
}
