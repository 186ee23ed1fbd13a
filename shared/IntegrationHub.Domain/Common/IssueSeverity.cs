namespace IntegrationHub.Domain.Common;

public enum IssueSeverity
{
    Information,
    Warning,
    Error,
}
