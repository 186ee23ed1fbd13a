namespace IntegrationHub.LocalHost.Worker;

/// <summary>The worker answered the handshake with a failure, or with something this host cannot run.</summary>
public sealed class WorkerStartupException : Exception
{
    public WorkerStartupException()
    {
    }

    public WorkerStartupException(string message)
        : base(message)
    {
    }

    public WorkerStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
