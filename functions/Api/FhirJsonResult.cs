namespace IntegrationHub.Functions.Api;

/// <summary>A pre-serialised FHIR JSON body with a status code.</summary>
public sealed class FhirJsonResult(byte[] body, int statusCode) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = OperationOutcomeJson.ContentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
