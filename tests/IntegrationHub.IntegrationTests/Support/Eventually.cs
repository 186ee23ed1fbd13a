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

    /// <summary>
    /// Waits for work whose length depends on the machine's load: fails only when <paramref name="progress"/> has not
    /// moved for <paramref name="stall"/> (the work stopped), not after a fixed total time.
    /// </summary>
    public static async Task<T> ReachWhileMovingAsync<T>(Func<Task<T>> probe, Func<T, bool> done, Func<T, long> progress, TimeSpan stall, TimeSpan interval)
    {
        var lastProgress = long.MinValue;
        var movedAt = TimeProvider.System.GetUtcNow();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            var now = TimeProvider.System.GetUtcNow();
            var moved = progress(value);
            if (moved != lastProgress)
            {
                lastProgress = moved;
                movedAt = now;
            }
            else if (now - movedAt > stall)
            {
                throw new TimeoutException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no progress for {stall.TotalSeconds:0} s; last value: {value}"));
            }

            await Task.Delay(interval);
        }
    }
}
