namespace IntegrationHub.Domain.Submissions;

public sealed class LandedBodyMissingException : Exception
{
    public LandedBodyMissingException()
    {
    }

    public LandedBodyMissingException(string message)
        : base(message)
    {
    }

    public LandedBodyMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
