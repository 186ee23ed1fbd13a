namespace IntegrationHub.Testing.ServiceBus;

/// <summary>The link factory's open completes at once: every entity the peer knows is already there.</summary>
internal sealed class CompletedOpen : IAsyncResult
{
    public CompletedOpen(AsyncCallback callback, object state)
    {
        AsyncState = state;
        callback(this);
    }

    public object AsyncState { get; }

    public WaitHandle AsyncWaitHandle => throw new NotSupportedException();

    public bool CompletedSynchronously => true;

    public bool IsCompleted => true;
}
