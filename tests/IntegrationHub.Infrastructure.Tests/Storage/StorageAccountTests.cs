using IntegrationHub.Infrastructure.Storage;

namespace IntegrationHub.Infrastructure.Tests.Storage;

public sealed class StorageAccountTests
{
    [Fact]
    public void DevelopmentStorage_PointsAtAzuriteDefaults()
    {
        var account = StorageAccount.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), account.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal("devstoreaccount1", account.AccountName);
        Assert.True(account.UsesSharedKey);
    }

    [Fact]
    public void FullForm_BuildsEndpointsFromNameAndSuffix()
    {
        var account = StorageAccount.Parse("DefaultEndpointsProtocol=https;AccountName=ihstore;AccountKey=a2V5;EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://ihstore.blob.core.windows.net"), account.BlobEndpoint);
        Assert.Equal(new Uri("https://ihstore.queue.core.windows.net"), account.QueueEndpoint);
        Assert.Equal("a2V5", account.AccountKey);
    }

    [Fact]
    public void ExplicitEndpoints_WinOverTheSuffix()
    {
        var account = StorageAccount.Parse("AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:5000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:5001/devstoreaccount1");

        Assert.Equal(5000, account.BlobEndpoint.Port);
        Assert.Equal(5001, account.QueueEndpoint.Port);
    }

    [Theory]
    [InlineData("AccountName=x")]
    [InlineData("AccountKey=a2V5")]
    [InlineData("")]
    public void IncompleteConnectionString_IsRefused(string connectionString)
    {
        Assert.Throws<FormatException>(() => StorageAccount.Parse(connectionString));
    }
}
