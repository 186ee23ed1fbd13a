using Azure.Monitor.OpenTelemetry.Exporter;
using IntegrationHub.Domain.Telemetry;
using IntegrationHub.Infrastructure.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
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
            .Validate(o => string.IsNullOrEmpty(o.LocalDirectory) || Path.IsPathFullyQualified(o.LocalDirectory), "Telemetry:LocalDirectory must be an absolute path.")
            .Validate(o => o.QueuePollInterval > TimeSpan.Zero, "Telemetry:QueuePollInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<QueueBacklogMonitor>();

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
            })
            .WithLogging(
                logging =>
                {
                    if (!string.IsNullOrWhiteSpace(local))
                    {
                        logging.AddProcessor(new BatchLogRecordExportProcessor(
                            new LogFileExporter(new NdjsonFile(Path.Combine(local, TelemetryFiles.Logs))),
                            scheduledDelayMilliseconds: 500));
                    }
                },
                options =>
                {
                    // The run's scope (submission id, trace id) goes with every line; the message as written, too.
                    options.IncludeScopes = true;
                    options.IncludeFormattedMessage = true;
                })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(HubMetrics.MeterName);
                if (!string.IsNullOrWhiteSpace(local))
                {
                    // The export interval is the standard OTEL_METRIC_EXPORT_INTERVAL (default 60 s), read by the reader's options.
                    metrics.AddReader(sp => new PeriodicExportingMetricReader(
                        new MetricFileExporter(new NdjsonFile(Path.Combine(local, TelemetryFiles.Metrics))),
                        ExportInterval(configuration)));
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

    private static int ExportInterval(IConfiguration configuration) =>
        int.TryParse(configuration["OTEL_METRIC_EXPORT_INTERVAL"], out var milliseconds) && milliseconds > 0 ? milliseconds : 60_000;
}
