using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.LocalHost.SampleWorker.Http;

/// <summary>Throws, so the host's answer to a failed HTTP invocation can be seen.</summary>
public sealed class FailFunction
{
    [Function("Fail")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "fail")] HttpRequest request) =>
        throw new InvalidOperationException("the sample HTTP function fails on purpose");
}
