using System.Net;
using Azure;
using IntegrationHub.Infrastructure;
using IntegrationHub.Infrastructure.Storage;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Tests;

public sealed class DependencyFailuresTests
{
    [Theory]
    [InlineData("blob")]
    [InlineData("queue")]
    public void StorageOutage_NamesItsService(string service)
    {
        var exception = new StorageUnavailableException(service, "test");

        Assert.Equal(service, DependencyFailures.UnavailableDependency(exception));
        Assert.Equal(service, DependencyFailures.UnavailableDependency(new AggregateException(exception)));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(412)]
    [InlineData(403)]
    [InlineData(400)]
    public void StorageAnswersThatAreNotOutages_AreNotTranslated(int status)
    {
        Assert.False(StorageOutagePolicy.IsOutageStatus(status));
        Assert.Null(DependencyFailures.UnavailableDependency(new RequestFailedException(status, "test")));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public void StorageOutageStatuses_AreOutages(int status) => Assert.True(StorageOutagePolicy.IsOutageStatus(status));

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
