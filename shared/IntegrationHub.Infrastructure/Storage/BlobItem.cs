namespace IntegrationHub.Infrastructure.Storage;

public sealed record BlobItem(string Name, long Length, string? ContentType, string? ETag, DateTimeOffset? LastModified);
