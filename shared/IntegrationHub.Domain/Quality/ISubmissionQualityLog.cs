namespace IntegrationHub.Domain.Quality;

/// <summary>Where finished submissions' quality records are kept, one partition per month of receipt.</summary>
public interface ISubmissionQualityLog
{
    /// <summary>Writes or replaces the record of its submission.</summary>
    Task RecordAsync(SubmissionQuality quality, CancellationToken cancellationToken);

    Task<IReadOnlyList<SubmissionQuality>> MonthAsync(string month, CancellationToken cancellationToken);
}
