using System.Net;
using IntegrationHub.Infrastructure;
using IntegrationHub.Infrastructure.Storage;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Tests;

public sealed class DependencyFailuresTests
{
    [Theory]
    [InlineData(0, "blob", "blob")]
    [InlineData(0, "queue", "queue")]
    [InlineData(503, "blob", "blob")]
    [InlineData(429, "queue", "queue")]
    [InlineData(404, "blob", null)]
    [InlineData(409, "blob", null)]
    [InlineData(403, "queue", null)]
    [InlineData(400, "queue", null)]
    public void Storage_IsAnOutageOnlyWhenUnreachableOrThrottled(int status, string service, string? expected)
    {
        var exception = new StorageRequestException(status, null, "test") { Service = service };

        Assert.Equal(expected, DependencyFailures.UnavailableDependency(exception));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "cosmos")]
    [InlineData(HttpStatusCode.RequestTimeout, "cosmos")]
    [InlineData(HttpStatusCode.TooManyRequests, "cosmos")]
    [InlineData(HttpStatusCode.NotFound, null)]
    [InlineData(HttpStatusCode.Conflict, null)]
    [InlineData(HttpStatusCode.BadRequest, null)]
    public void Cosmos_IsAnOutageOnlyWhenUnavailableTimedOutOrThrottled(HttpStatusCode status, string? expected)
    {
        var exception = new CosmosException("test", status, 0, "activity", 0);

        Assert.Equal(expected, DependencyFailures.UnavailableDependency(exception));
    }

    [Fact]
    public void AnythingElse_IsNotAnOutage()
    {
        // A bare HttpRequestException cannot be attributed; the Cosmos layer turns its own into a 503 (CosmosUnreachableHandler).
        Assert.Null(DependencyFailures.UnavailableDependency(new HttpRequestException("refused")));
        Assert.Null(DependencyFailures.UnavailableDependency(new InvalidOperationException("bug")));
    }
}
