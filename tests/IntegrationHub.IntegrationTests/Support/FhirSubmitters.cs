using System.Collections.Concurrent;
using System.Net;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// Boards posting small distinct bundles for as long as a fault test runs: what every answer was (0 = no answer in
/// time) and, for each 202, its <c>Content-Location</c> and the marker its patients' ids carry.
/// </summary>
public sealed class FhirSubmitters
{
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> running;

    private FhirSubmitters(HubAppFactory app, string board, int submitters, int patientsPerBundle, TimeSpan clientTimeout)
    {
        running = [.. Enumerable.Range(0, submitters).Select(_ => Task.Run(() => SubmitUntilStoppedAsync(app, board, patientsPerBundle, clientTimeout)))];
    }

    /// <summary>Every 202: its Content-Location (kept per answer, so a location given twice shows) and its patients' marker.</summary>
    public ConcurrentBag<(string Location, string Marker)> Accepted { get; } = [];

    /// <summary>HTTP status → how many times; 0 for a request the client gave up on.</summary>
    public ConcurrentDictionary<int, int> Answers { get; } = new();

    public static FhirSubmitters Start(HubAppFactory app, string board, int submitters, int patientsPerBundle, TimeSpan clientTimeout) =>
        new(app, board, submitters, patientsPerBundle, clientTimeout);

    public string Describe() => string.Join(", ", Answers.OrderBy(a => a.Key).Select(a => $"{a.Key}×{a.Value}"));

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(running);
        stop.Dispose();
    }

    private async Task SubmitUntilStoppedAsync(HubAppFactory app, string board, int patientsPerBundle, TimeSpan clientTimeout)
    {
        using var client = app.ClientFor("Submitter", board);
        client.Timeout = clientTimeout;
        while (!stop.IsCancellationRequested)
        {
            var marker = Guid.NewGuid().ToString("N");
            HttpResponseMessage response;
            try
            {
                response = await client.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(patientsPerBundle, marker)));
            }
            catch (TaskCanceledException)
            {
                Answers.AddOrUpdate(0, 1, (_, n) => n + 1);
                continue;
            }

            using (response)
            {
                Answers.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Accepted.Add((response.Content.Headers.ContentLocation!.ToString(), marker));
                }
                else
                {
                    await Task.Delay(100);
                }
            }
        }
    }
}
