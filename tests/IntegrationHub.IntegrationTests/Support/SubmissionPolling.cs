using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationHub.IntegrationTests.Support;

public static class SubmissionPolling
{
    private static readonly string[] Finished = ["completed", "completed-with-errors", "failed"];

    public static bool IsFinished(JsonElement status) => Finished.Contains(status.GetProperty("status").GetString());

    /// <summary>Polls the status route until the submission finishes; fails the test after the timeout.</summary>
    public static async Task<JsonElement> WaitForFinishAsync(HttpClient client, string location, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(60));
        JsonElement last = default;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            last = await client.GetFromJsonAsync<JsonElement>(location);
            if (IsFinished(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"submission {location} did not finish; last status: {last}");
    }
}
