namespace IntegrationHub.Functions.WebConsole;

public sealed record ConsoleAsset(string PhysicalPath, string ContentType, string CacheControl, DateTimeOffset LastModified);
