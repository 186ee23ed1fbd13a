using IntegrationHub.Domain;
using IntegrationHub.Functions.Audit;
using IntegrationHub.Functions.Auth;
using IntegrationHub.Functions.WebConsole;
using IntegrationHub.Functions.Edge;
using IntegrationHub.Functions.Submissions;
using IntegrationHub.Functions.Telemetry;
using IntegrationHub.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;

namespace IntegrationHub.Functions;

public static class HubFunctionsExtensions
{
    /// <summary>Everything the worker needs: domain, Azure access, auth, the per-org limit and the HTTP edge.</summary>
    public static FunctionsApplicationBuilder AddHubFunctions(this FunctionsApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddHubTelemetry();

        // The Azure SDKs log every request at Information; their warnings and errors are what an operator needs.
        builder.Logging.AddFilter("Azure", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // The Service Bus client warns with a stack trace on each of its retries; while Service Bus is down the
        // event sender logs one line per person instead (SendActivityEventsHandler), and the client's errors remain.
        builder.Logging.AddFilter("Azure.Messaging.ServiceBus", LogLevel.Error);

        // Body limits are enforced per route (16 MiB FHIR, 64 MiB CSV) so the answer is a proper 413.
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = null);

        services.AddHubDomain();
        services.AddHubInfrastructure(builder.Configuration);
        StartBeforeTheWorkerConnects<InfrastructureBootstrapper>(services);
        DevelopmentKeyRefusalAudit.RecordIfRefused(builder.Configuration, builder.Environment);
        services.AddHubAuth(builder.Configuration, builder.Environment);
        services.AddSubmissionRateLimiting(builder.Configuration);
        services.AddHubConsole(builder.Configuration, builder.Environment);
        services.AddSingleton(new FunctionMethods(typeof(HubFunctionsExtensions).Assembly));
        services.AddSingleton<AuditRecorder>();

        // Outermost first: failures are translated once, around authorization and the limit.
        builder.UseMiddleware<DependencyFailureMiddleware>();
        builder.UseMiddleware<AuthorizationMiddleware>();
        builder.UseMiddleware<RateLimitingMiddleware>();
        return builder;
    }

    /// <summary>
    /// Hosted services start in registration order, and the worker's own (the gRPC channel to the Functions host) was
    /// registered when the builder was made: moved first, <typeparamref name="T"/> has finished before the host can
    /// send an invocation, as an ASP.NET Core app finishes its hosted services before it serves requests.
    /// </summary>
    private static void StartBeforeTheWorkerConnects<T>(IServiceCollection services)
        where T : IHostedService
    {
        var descriptor = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T));
        services.Remove(descriptor);
        services.Insert(0, descriptor);
    }
}
