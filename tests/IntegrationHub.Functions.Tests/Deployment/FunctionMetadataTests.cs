namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// The built app's generated function metadata lists every function of the API table and every trigger, exactly:
/// HTTP routes and methods (the host adds the <c>api</c> prefix), queues with their connection, timer schedules.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly Dictionary<string, (string Route, string Method)> HttpFunctions = new(StringComparer.Ordinal)
    {
        ["Health"] = ("health", "get"),
        ["SubmitFhir"] = ("fhir", "post"),
        ["FhirMetadata"] = ("fhir/metadata", "get"),
        ["FhirConformanceResource"] = ("fhir/{type}/{id}", "get"),
        ["SubmitSocialCareExtract"] = ("social-care/extracts", "post"),
        ["GetSubmission"] = ("submissions/{id}", "get"),
        ["GetIaActivity"] = ("ia/{ia}/activity", "get"),
        ["GetIaPerson"] = ("ia/{ia}/people/{anonId}", "get"),
        ["GetIaFeed"] = ("ia/{ia}/feed", "get"),
        ["GetIaFeedFiles"] = ("ia/{ia}/feed/files", "get"),
        ["GetIaFeedFile"] = ("ia/{ia}/feed/files/{day}", "get"),
        ["GetIaIndicators"] = ("ia/{ia}/indicators", "get"),
        ["GetIntegrationAuthorities"] = ("reference/integration-authorities", "get"),
        ["GetLinkageReviews"] = ("linkage/reviews", "get"),
        ["DecideLinkageReview"] = ("linkage/reviews/{id}", "post"),
        ["GetAudit"] = ("audit", "get"),
        ["GetQuality"] = ("quality", "get"),
        ["Console"] = ("console/{*path}", "get"),
    };

    private static readonly Dictionary<string, string> QueueFunctions = new(StringComparer.Ordinal)
    {
        ["ProcessSubmission"] = "ingest",
        ["ProcessSubmissionPoison"] = "ingest-poison",
        ["ProjectPerson"] = "project",
        ["SendActivityEvents"] = "activity-events",
        ["SendActivityEventsPoison"] = "activity-events-poison",
    };

    private static readonly Dictionary<string, string> TimerFunctions = new(StringComparer.Ordinal)
    {
        ["PublishFeedFiles"] = "0 30 2 * * *",
        ["SweepStuckSubmissions"] = "0 */5 * * * *",
    };

    private readonly IReadOnlyList<FunctionEntry> functions = BuiltFunctions.Load();

    [Fact]
    public void Metadata_ListsExactlyTheHubsFunctions()
    {
        var expected = HttpFunctions.Keys.Concat(QueueFunctions.Keys).Concat(TimerFunctions.Keys).Order(StringComparer.Ordinal);

        Assert.Equal(expected, functions.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryHttpFunction_HasItsRouteAndMethod_AndAnHttpResult()
    {
        foreach (var (name, (route, method)) in HttpFunctions)
        {
            var function = functions.Single(f => f.Name == name);

            Assert.Equal(("httpTrigger", "In", route), (function.Trigger.Type, function.Trigger.Direction, function.Trigger.Route));
            Assert.Equal([method], function.Trigger.Methods);
            Assert.Contains(function.Bindings, b => b.Type == "http" && b.Direction == "Out" && b.Name == "$return");
        }
    }

    [Fact]
    public void EveryQueueFunction_ReadsItsQueue_OnTheStorageConnection()
    {
        foreach (var (name, queue) in QueueFunctions)
        {
            var trigger = functions.Single(f => f.Name == name).Trigger;

            Assert.Equal(("queueTrigger", queue, "Storage"), (trigger.Type, trigger.QueueName, trigger.Connection));
        }
    }

    [Fact]
    public void EveryTimerFunction_HasItsUtcSchedule()
    {
        foreach (var (name, schedule) in TimerFunctions)
        {
            var trigger = functions.Single(f => f.Name == name).Trigger;

            Assert.Equal(("timerTrigger", schedule), (trigger.Type, trigger.Schedule));
        }
    }

    [Fact]
    public void EveryFunction_RunsInTheHubsWorkerAssembly()
    {
        Assert.All(functions, f => Assert.StartsWith("IntegrationHub.Functions.", f.EntryPoint, StringComparison.Ordinal));
    }
}
