using IntegrationHub.Domain.Quality;
using Microsoft.Azure.Cosmos;

namespace IntegrationHub.Infrastructure.Cosmos.Quality;

/// <summary>
/// Quality records by month of receipt: an upsert per finished submission, and a month read as one
/// single-partition query (what the emulator serves and what keeps the report cheap in Azure).
/// </summary>
public sealed class CosmosSubmissionQualityLog(HubContainers containers) : ISubmissionQualityLog
{
    private Container Quality => containers.Get(ContainerNames.Quality);

    public async Task RecordAsync(SubmissionQuality quality, CancellationToken cancellationToken) =>
        await Quality.UpsertItemAsync(SubmissionQualityDocument.From(quality), new PartitionKey(quality.Month), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<SubmissionQuality>> MonthAsync(string month, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.month = @month").WithParameter("@month", month);
        using var feed = Quality.GetItemQueryIterator<SubmissionQualityDocument>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(month) });
        var records = new List<SubmissionQuality>();
        while (feed.HasMoreResults)
        {
            records.AddRange((await feed.ReadNextAsync(cancellationToken)).Select(d => d.ToQuality()));
        }

        return records;
    }
}
