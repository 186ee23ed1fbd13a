using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Reference;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Domain.ReadModels;

/// <summary>
/// Writes each IA's feed of a day as one NDJSON file plus the manifest listing the files (DESIGN §4 step 4).
/// Rewriting a day gives the same file, so the timer may run twice; days it missed (the app was down) are
/// caught up on its next run.
/// </summary>
public sealed class FeedFilePublisher(IReadModelStore readModels, IFeedFileStore files, TimeProvider time, ILogger<FeedFilePublisher> logger)
{
    private const int CatchUpDays = 7;

    /// <summary>The timer's run: yesterday (Scottish time), and any of the week before it that no manifest lists.</summary>
    public async Task PublishDueAsync(CancellationToken cancellationToken)
    {
        var yesterday = ScottishTime.Today(time).AddDays(-1);
        foreach (var ia in ReferenceData.Scotland.Ias)
        {
            var listed = (await files.ReadManifestAsync(ia.Code, cancellationToken))?.Files.Select(f => f.Day).ToHashSet() ?? [];
            for (var day = yesterday.AddDays(-CatchUpDays + 1); day <= yesterday; day = day.AddDays(1))
            {
                if (day == yesterday || !listed.Contains(day))
                {
                    await PublishAsync(ia.Code, day, cancellationToken);
                }
            }
        }
    }

    /// <returns>The number of entries written (0: no file, nothing changed that day).</returns>
    public async Task<int> PublishAsync(string ia, DateOnly day, CancellationToken cancellationToken)
    {
        using var ndjson = new MemoryStream();
        var count = 0;
        await foreach (var entry in readModels.ReadFeedAsync(ia, day, cancellationToken))
        {
            ndjson.Write(ActivityJson.Line(json => ActivityJson.Write(json, entry)));
            count++;
        }

        if (count == 0)
        {
            return 0;
        }

        ndjson.Position = 0;
        await files.WriteDayAsync(ia, day, ndjson, cancellationToken);
        var manifest = await files.ReadManifestAsync(ia, cancellationToken);
        var listed = (manifest?.Files ?? []).Where(f => f.Day != day).Append(new FeedFile(day, count)).OrderBy(f => f.Day).ToList();
        await files.WriteManifestAsync(ia, new FeedManifest(time.GetUtcNow(), listed), cancellationToken);
        logger.LogInformation("Published {Count} feed entries of {Day} for {Ia}", count, day, ia);
        return count;
    }
}
