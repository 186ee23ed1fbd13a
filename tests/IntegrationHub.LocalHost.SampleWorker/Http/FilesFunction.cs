using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.LocalHost.SampleWorker.Http;

/// <summary>A catch-all route: answers with the rest of the path.</summary>
public sealed class FilesFunction
{
    [Function("Files")]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "files/{*rest}")] HttpRequest request,
        string rest) => new ContentResult { Content = rest, ContentType = "text/plain", StatusCode = StatusCodes.Status200OK };
}
