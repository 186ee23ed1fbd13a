namespace IntegrationHub.LocalHost.Worker;

/// <summary>The worker's stream closed (it exited or was stopped) while the host waited for an answer.</summary>
public sealed class WorkerUnavailableException : Exception
{
    public WorkerUnavailableException()
        : base("the worker's gRPC stream is closed")
    {
    }

    public WorkerUnavailableException(string message)
        : base(message)
    {
    }

    public WorkerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
