namespace IntegrationHub.LocalHost.Tests.Hosting;

/// <summary>Waits on a condition, never on a fixed sleep: polls until it holds or the time is up.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{what}: not within {timeout.TotalSeconds} s");
            }

            await Task.Delay(100);
        }
    }

    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) =>
        await GetAsync<object>(async () => await condition() ? new object() : null, timeout, what);
}
