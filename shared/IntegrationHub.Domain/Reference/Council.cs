namespace IntegrationHub.Domain.Reference;

public sealed record Council(string Code, string Name, string SendingLocation, string IaCode, string BoardCode);
