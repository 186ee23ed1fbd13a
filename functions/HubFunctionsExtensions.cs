using IntegrationHub.Domain;
using IntegrationHub.Functions.Analyst;
using IntegrationHub.Functions.Auth;
using IntegrationHub.Functions.Health;
using IntegrationHub.Functions.Hosting;
using IntegrationHub.Functions.Linkage;
using IntegrationHub.Functions.Reference;
using IntegrationHub.Functions.Submissions;
using IntegrationHub.Functions.Triggers;
using IntegrationHub.Infrastructure;

namespace IntegrationHub.Functions;

public static class HubFunctionsExtensions
{
    /// <summary>Everything the app needs: domain, Azure access, auth, the custom-handler host and the triggers.</summary>
    public static WebApplicationBuilder AddHubFunctions(this WebApplicationBuilder builder)
    {
        var customHandlerPort = Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT");
        if (!string.IsNullOrEmpty(customHandlerPort))
        {
            // Under the Functions host only the host talks to us, on the port it chose.
            builder.WebHost.UseUrls("http://127.0.0.1:" + customHandlerPort);
        }

        // Body limits are enforced per route (16 MiB FHIR, 64 MiB CSV) so the answer is a proper 413.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);

        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<Api.DependencyUnavailableHandler>();
        services.AddHubDomain();
        services.AddHubInfrastructure(builder.Configuration);
        services.AddHubAuth(builder.Configuration, builder.Environment);
        services.AddHubHosting(builder.Configuration, underFunctionsHost: !string.IsNullOrEmpty(customHandlerPort));
        services.AddSubmissionRateLimiting(builder.Configuration);
        services.AddSingleton<ITriggeredFunction, ProcessSubmissionFunction>();
        services.AddSingleton<ITriggeredFunction, ProcessSubmissionPoisonFunction>();
        services.AddSingleton<ITriggeredFunction, ProjectPersonFunction>();
        services.AddSingleton<ITriggeredFunction, PublishFeedFilesFunction>();
        services.AddSingleton<ITriggeredFunction, SweepStuckSubmissionsFunction>().AddSingleton<Domain.Submissions.IStuckSubmissionFinder, Infrastructure.Cosmos.Submissions.CosmosStuckSubmissionFinder>();
        return builder;
    }

    public static WebApplication UseHubFunctions(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapHealthEndpoints();
        app.MapSubmissionEndpoints();
        app.MapAnalystEndpoints();
        app.MapReferenceEndpoints();
        app.MapLinkageReviewEndpoints();
        var hosting = app.Services.GetRequiredService<HostingSettings>();
        if (hosting.ServeInvocations)
        {
            app.MapCustomHandlerInvocations(app.Services.GetRequiredService<FunctionCatalog>());
        }

        return app;
    }
}
