namespace IntegrationHub.LocalHost.Invocation;

/// <summary>
/// Counts the invocations in flight and lets the host stop as the real one does: triggers stop starting new work
/// (<see cref="Draining"/>), the invocations already running finish, and only then is the worker stopped. Without
/// this, a stopping host took its messages down with the worker and left them invisible to every other instance
/// for the whole processing visibility (ten minutes).
/// </summary>
public sealed class InvocationDrain : IDisposable
{
    private readonly CancellationTokenSource draining = new();
    private readonly object gate = new();
    private int running;
    private TaskCompletionSource? idle;

    /// <summary>Cancelled when the host starts stopping: no trigger starts an invocation after it.</summary>
    public CancellationToken Draining => draining.Token;

    public int Running
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    public void Started()
    {
        lock (gate)
        {
            running++;
        }
    }

    public void Ended()
    {
        lock (gate)
        {
            running--;
            if (running == 0)
            {
                idle?.TrySetResult();
            }
        }
    }

    /// <summary>Stops triggers, then waits for the running invocations; false when some were still running at the timeout.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await draining.CancelAsync();
        Task whenIdle;
        lock (gate)
        {
            if (running == 0)
            {
                return true;
            }

            idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            whenIdle = idle.Task;
        }

        try
        {
            await whenIdle.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => draining.Dispose();
}
