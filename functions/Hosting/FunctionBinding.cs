namespace IntegrationHub.Functions.Hosting;

/// <summary>One binding of a function.json, reduced to what the app needs to run triggers itself.</summary>
public sealed record FunctionBinding(
    string Type,
    string Direction,
    string Name,
    string? QueueName,
    string? Connection,
    string? Schedule,
    string? Route,
    IReadOnlyList<string> Methods);
