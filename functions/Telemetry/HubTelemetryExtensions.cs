using IntegrationHub.Domain.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Options;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace IntegrationHub.Functions.Telemetry;

public static class HubTelemetryExtensions
{
    /// <summary>The Azure SDKs' own sources (Storage clients, <c>Azure.Cosmos.Operation</c>): their calls become child spans.</summary>
    public const string AzureSources = "Azure.*";

    /// <summary>
    /// OpenTelemetry for the worker: the hub's spans, the Functions worker's and the Azure SDKs', exported to
    /// Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, to OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is, and to <see cref="TelemetryOptions.LocalDirectory"/> when that is; with
    /// none of them nothing leaves the process.
    /// </summary>
    public static FunctionsApplicationBuilder AddHubTelemetry(this FunctionsApplicationBuilder builder)
    {
        // The Storage SDK (Azure.Core) creates Activities on ActivitySources only behind this switch; set before any client exists.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);

        var configuration = builder.Configuration;
        var local = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.LocalDirectory;
        builder.Services.AddOptions<TelemetryOptions>()
            .Bind(configuration.GetSection(TelemetryOptions.Section))
            .Validate(o => o.LocalDirectory is null || Path.IsPathFullyQualified(o.LocalDirectory), "Telemetry:LocalDirectory must be an absolute path.")
            .ValidateOnStart();

        var telemetry = builder.Services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing =>
            {
                tracing.AddSource(HubTelemetry.SourceName, AzureSources);
                if (!string.IsNullOrWhiteSpace(local))
                {
                    Directory.CreateDirectory(local);
                    tracing.AddProcessor(new BatchActivityExportProcessor(
                        new SpanFileExporter(new NdjsonFile(Path.Combine(local, TelemetryFiles.Spans))),
                        scheduledDelayMilliseconds: 500));
                }
            });

        if (!string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            telemetry.UseAzureMonitorExporter();
        }

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
