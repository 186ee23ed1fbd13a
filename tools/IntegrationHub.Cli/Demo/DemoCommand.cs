using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Reference;
using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// <c>./hub demo</c>: synthetic boards push FHIR bundles and their councils (plus Clackmannanshire and Stirling,
/// who share an IA) push social care extracts to a running hub; some council clients are the boards' patients
/// and carry their CHI. The demo follows every submission to its end and prints what each sender sent and what
/// the hub made of it.
/// </summary>
public static class DemoCommand
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var url = new Uri(args.Get("url") ?? "http://127.0.0.1:7071");
        var key = args.Require("key");
        var boards = DemoBoard.All.Take(args.GetInt("boards", DemoBoard.All.Count)).ToList();
        var patients = args.GetInt("patients", 60);
        var seed = args.GetInt("seed", 20261124);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };

        Console.WriteLine($"Pushing synthetic FHIR for {boards.Count} boards, {patients} patients each, and their councils' social care extracts, to {url}");
        var clock = Stopwatch.StartNew();
        var sent = new List<SentSubmission>();
        var patientsByCouncil = new List<SyntheticPatient>();
        foreach (var (board, index) in boards.Select((b, i) => (b, i)))
        {
            var token = DevelopmentTokens.Issue(key, TimeProvider.System.GetUtcNow(), "Submitter", board.Code);
            var generator = new SyntheticFhir(board, seed + index);
            var boardPatients = generator.Patients(patients);
            patientsByCouncil.AddRange(boardPatients);
            foreach (var bundle in generator.Bundles(boardPatients, 100))
            {
                var location = await PostAsync(http, "/api/fhir", token, new ByteArrayContent(FhirJson.Serialize(bundle)) { Headers = { ContentType = new("application/fhir+json") } }, board.Name, cancellationToken);
                if (location is null)
                {
                    return 1;
                }

                sent.Add(new SentSubmission(board.Name, token, location));
                Console.Write($"\r  accepted {sent.Count} submissions");
            }
        }

        foreach (var (council, index) in DemoCouncils(boards).Select((c, i) => (c, i)))
        {
            // Half of the council's residents known to the NHS are also its clients; as many again are council-only.
            var known = patientsByCouncil.Where(p => p.CouncilCode == council.Code).Where((_, i) => i % 2 == 0).ToList();
            var rows = new SyntheticExtract(council, seed + 100 + index).Rows(known, Math.Max(known.Count, patients / 4), DemoYear, quarters: 2);
            var csv = SyntheticExtract.Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";
            var token = DevelopmentTokens.Issue(key, TimeProvider.System.GetUtcNow(), "Submitter", council.Code);
            var location = await PostAsync(http, "/api/social-care/extracts", token, new StringContent(csv, new UTF8Encoding(false), "text/csv"), council.Name, cancellationToken);
            if (location is null)
            {
                return 1;
            }

            sent.Add(new SentSubmission(council.Name + " (council)", token, location));
            Console.Write($"\r  accepted {sent.Count} submissions");
        }

        Console.WriteLine($"\r  accepted {sent.Count} submissions in {clock.Elapsed.TotalSeconds:F1} s; waiting for processing");
        var results = await WaitAllAsync(http, sent, cancellationToken);
        Console.WriteLine($"  all finished after {clock.Elapsed.TotalSeconds:F1} s");
        PrintSummary(results);
        await DemoIndicators.PrintAsync(http, key, args.Get("storage") ?? "UseDevelopmentStorage=true", DemoCouncils(boards).Select(c => c.Code), $"{DemoYear}-04", $"{DemoYear}-11", cancellationToken);
        return results.All(r => r.Status.GetProperty("status").GetString() is "completed" or "completed-with-errors") ? 0 : 1;
    }

    private const int DemoYear = 2026;

    private static IEnumerable<Council> DemoCouncils(IReadOnlyList<DemoBoard> boards)
    {
        var reference = ReferenceData.Scotland;
        var councils = boards.SelectMany(b => b.Residences.Select(r => r.Council)).Distinct().Select(c => reference.CouncilByCode(c)!);
        return councils.Concat([reference.CouncilByCode("S12000005")!, reference.CouncilByCode("S12000030")!]);
    }

    /// <returns>The submission's status location, or null (after saying why) when it was not accepted.</returns>
    private static async Task<string?> PostAsync(HttpClient http, string path, string token, HttpContent content, string sender, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            return response.Content.Headers.ContentLocation!.ToString();
        }

        Console.Error.WriteLine($"  {sender}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return null;
    }

    private static async Task<List<(SentSubmission Sent, JsonElement Status)>> WaitAllAsync(
        HttpClient http,
        List<SentSubmission> sent,
        CancellationToken cancellationToken)
    {
        var pending = new Queue<SentSubmission>(sent);
        var done = new List<(SentSubmission, JsonElement)>();
        var deadline = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"{pending.Count} submissions did not finish within 10 minutes");
            }

            var next = pending.Dequeue();
            using var request = new HttpRequestMessage(HttpMethod.Get, next.Location);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", next.Token);
            using var response = await http.SendAsync(request, cancellationToken);
            var status = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (status.GetProperty("status").GetString() is "accepted" or "processing")
            {
                pending.Enqueue(next);
                await Task.Delay(50, cancellationToken);
            }
            else
            {
                done.Add((next, status));
                Console.Write($"\r  finished {done.Count}/{sent.Count}");
            }
        }

        Console.WriteLine();
        return done;
    }

    private static void PrintSummary(List<(SentSubmission Sent, JsonElement Status)> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"sender",-38} {"subs",5} {"entries",8} {"accepted",9} {"rejected",9} {"warnings",9} {"people",7} {"new",5} {"activities",11}");
        foreach (var group in results.GroupBy(r => r.Sent.Sender))
        {
            int Sum(string field) => group.Sum(r => r.Status.GetProperty("counts").GetProperty(field).GetInt32());
            Console.WriteLine($"{group.Key,-38} {group.Count(),5} {Sum("entries"),8} {Sum("accepted"),9} {Sum("rejected"),9} {Sum("warnings"),9} {Sum("people"),7} {Sum("newPeople"),5} {Sum("activities"),11}");
        }

        var statuses = results.GroupBy(r => r.Status.GetProperty("status").GetString()).Select(g => $"{g.Key}: {g.Count()}");
        Console.WriteLine();
        Console.WriteLine("Submission statuses: " + string.Join(", ", statuses));
    }

    private sealed record SentSubmission(string Sender, string Token, string Location);
}
