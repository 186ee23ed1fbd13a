namespace IntegrationHub.IntegrationTests.Support;

/// <summary>Waits for asynchronous work (queue-driven projection) to reach a state; fails the test after the timeout.</summary>
public static class Eventually
{
    public static async Task<T> ReachAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"state not reached in time; last value: {value}");
            }

            await Task.Delay(200);
        }
    }
}
