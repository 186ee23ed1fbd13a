using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace IntegrationHub.Functions.WebConsole;

/// <summary>
/// The web console (CONTRACT §5): its pages are public, as a sign-in page must be; everything they show comes from
/// the API with the user's own bearer token. <c>config.json</c> tells the page which sign-in this app offers.
/// </summary>
public sealed class ConsoleFunction(ConsoleAssets assets, ConsoleSignIn signIn)
{
    public const string ConfigName = "config.json";

    [Function("Console")]
    [AllowAnonymous]
    public IResult Serve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/{*path}")] HttpRequest request)
    {
        var path = request.RouteValues.TryGetValue("path", out var value) ? value as string ?? string.Empty : string.Empty;
        var response = request.HttpContext.Response;
        if (path.Length == 0 && !request.Path.Value!.EndsWith('/'))
        {
            // The page's asset references are relative: they resolve under /api/console/ only with the slash.
            return Results.Redirect(request.PathBase + request.Path + "/", permanent: true);
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy();
        if (path == ConfigName)
        {
            response.Headers.CacheControl = ConsoleAssets.Revalidate;
            return Results.Json(new
            {
                development = signIn.Development,
                msal = signIn.Msal is { } msal ? new { clientId = msal.ClientId, authority = msal.Authority, scope = msal.Scope } : null,
            });
        }

        if (assets.Find(path) is not { } asset)
        {
            return Results.Problem(statusCode: 404, title: "No such console file.");
        }

        response.Headers.CacheControl = asset.CacheControl;
        return Results.File(asset.PhysicalPath, asset.ContentType, lastModified: asset.LastModified);
    }

    /// <summary>Only the console's own scripts and styles, the API on the same origin, and Entra ID when MSAL signs in.</summary>
    private string ContentSecurityPolicy()
    {
        var entra = signIn.Msal is { } msal ? " " + new Uri(msal.Authority).GetLeftPart(UriPartial.Authority) : string.Empty;
        return $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'{entra}; frame-src{(entra.Length > 0 ? entra : " 'none'")}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }
}
