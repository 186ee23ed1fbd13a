namespace IntegrationHub.Domain.ReadModels;

/// <summary>What the read models hold for one activity of a person: where it is and which content.</summary>
/// <param name="Partitions">The <c>ia-activity</c> partitions holding a copy.</param>
/// <param name="Hash">The content hash of the copy (anything but the publication time).</param>
public sealed record ProjectedEntry(string ActivityId, string Ia, string Kind, IReadOnlyList<string> Partitions, string Hash);
