using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Submissions;
using IntegrationHub.Infrastructure.Cosmos;
using IntegrationHub.Infrastructure.Cosmos.Submissions;
using IntegrationHub.Testing.Emulators;
using Microsoft.Extensions.Options;

namespace IntegrationHub.IntegrationTests.Infrastructure.Cosmos;

public sealed class CosmosSubmissionStoreTests : IAsyncLifetime
{
    private readonly IOptions<CosmosOptions> options = Options.Create(new CosmosOptions
    {
        Endpoint = new Uri(LocalEmulators.Shared.CosmosEndpoint),
        Key = LocalEmulators.CosmosDevelopmentKey,
        DatabaseName = "store-" + Guid.NewGuid().ToString("N")[..8],
    });

    private Microsoft.Azure.Cosmos.CosmosClient? client;
    private CosmosSubmissionStore? store;

    public async Task InitializeAsync()
    {
        client = CosmosClientFactory.Create(options.Value);
        await new CosmosBootstrapper(client, options).EnsureCreatedAsync(default);
        store = new CosmosSubmissionStore(new HubContainers(client, options));
    }

    public Task DisposeAsync()
    {
        client?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Bootstrap_RunTwice_IsIdempotent()
    {
        await new CosmosBootstrapper(client!, options).EnsureCreatedAsync(default);

        Assert.Null(await store!.GetAsync("missing", default));
    }

    [Fact]
    public async Task Create_ThenGet_RoundTripsEveryField()
    {
        var submission = NewSubmission() with
        {
            Counts = new SubmissionCounts(3, 2, 1, 1, 2, 1, 4),
            Issues = [Issue.Error("value", "Bundle.entry[1].resource.birthDate", "bad date"), Issue.Warning("not-supported", "Bundle.entry[2]", "Basic")],
            IdempotencyKey = "k-1",
        };

        var created = await store!.CreateAsync(submission, default);
        var read = await store.GetAsync(submission.Id, default);

        Assert.True(created.Created);
        Assert.NotNull(read);
        Assert.Equal(submission with { ETag = read.ETag }, read with { Issues = submission.Issues });
        Assert.Equal(submission.Issues, read.Issues);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task CreateTwice_ReturnsTheFirstUntouched()
    {
        var first = NewSubmission();
        await store!.CreateAsync(first, default);

        var second = await store.CreateAsync(first with { Org = "S08000024", BodyLength = 99 }, default);

        Assert.False(second.Created);
        Assert.Equal("S08000031", second.Submission.Org);
        Assert.Equal(first.BodyLength, second.Submission.BodyLength);
    }

    [Fact]
    public async Task ReplaceWithStaleETag_IsRefused()
    {
        var created = (await store!.CreateAsync(NewSubmission(), default)).Submission;
        var moved = await store.TryReplaceAsync(created with { Status = SubmissionStatus.Processing }, default);

        var stale = await store.TryReplaceAsync(created with { Status = SubmissionStatus.Failed }, default);

        Assert.NotNull(moved);
        Assert.Null(stale);
        Assert.Equal(SubmissionStatus.Processing, (await store.GetAsync(created.Id, default))!.Status);
    }

    private static Submission NewSubmission() => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Org = "S08000031",
        Kind = SubmissionKind.Fhir,
        Status = SubmissionStatus.Accepted,
        ReceivedAt = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero),
        LandingPath = "fhir/S08000031/2026/11/24/x.json",
        BodySha256 = new string('a', 64),
        BodyLength = 1234,
        ContentType = "application/fhir+json",
    };
}
