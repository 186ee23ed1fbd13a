namespace IntegrationHub.Domain.Identity;

public enum ChiStatus
{
    Valid,
    InvalidFormat,
    InvalidDate,
    InvalidCheckDigit,
}
