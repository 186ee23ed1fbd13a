using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Hosting;

/// <summary>
/// The app as the Functions host drives it: no triggers of its own, invocations posted to /{FunctionName}
/// with the host's payload, including a queue message that arrives JSON-encoded a second time.
/// </summary>
public sealed class CustomHandlerInvocationTests : IDisposable
{
    private readonly HubAppFactory app = new(settings: new Dictionary<string, string?>
    {
        ["Hosting:RunTriggers"] = "false",
        ["Hosting:ServeInvocations"] = "true",
    });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task QueueInvocation_ProcessesTheSubmissionAndAnswersTheHostShape(bool encodedTwice)
    {
        using var submitter = app.ClientFor("Submitter", "S08000015");
        using var accepted = await submitter.PostAsync("/api/fhir", Fhir.Content(Fhir.Bundle(2)));
        var location = accepted.Content.Headers.ContentLocation!.ToString();
        var id = location["/api/submissions/".Length..];
        var messageText = JsonSerializer.Serialize(new { submissionId = id });
        object data = encodedTwice ? JsonSerializer.Serialize(messageText) : messageText;
        var payload = JsonSerializer.Serialize(new
        {
            Data = new { message = data },
            Metadata = new { DequeueCount = 1, Id = Guid.NewGuid().ToString(), sys = new { MethodName = "ProcessSubmission" } },
        });

        using var host = app.CreateClient();
        using var response = await host.PostAsync("/ProcessSubmission", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Object, answer.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("Logs").ValueKind);
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("ReturnValue").ValueKind);
        var status = await submitter.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal("completed", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HttpFunctionNames_AreNotInvocationEndpoints()
    {
        using var host = app.CreateClient();

        using var response = await host.PostAsync("/SubmitFhir", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
