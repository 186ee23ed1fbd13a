namespace IntegrationHub.LocalHost.Configuration;

/// <summary>host.json extensions.queues, with the real host's defaults.</summary>
public sealed record QueuesSettings
{
    public int BatchSize { get; init; } = 16;

    /// <summary>When unset, the real host's default: half the batch size per processor.</summary>
    public int? NewBatchThreshold { get; init; }

    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? BatchSize / 2 * Environment.ProcessorCount;

    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public int MaxDequeueCount { get; init; } = 5;

    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>True for "base64", the Functions default; false for "none".</summary>
    public bool Base64Encoding { get; init; } = true;
}
