using IntegrationHub.LocalHost.Configuration;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Http;
using IntegrationHub.LocalHost.Invocation;
using IntegrationHub.LocalHost.Queues;
using IntegrationHub.LocalHost.Timers;
using IntegrationHub.LocalHost.Worker;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddCommandLine(args, CommandLine.SwitchMappings);

var options = builder.Configuration.GetSection(LocalHostOptions.SectionName).Get<LocalHostOptions>() ?? new LocalHostOptions();
if (string.IsNullOrWhiteSpace(options.Worker) || !File.Exists(options.Worker))
{
    await Console.Error.WriteLineAsync(string.IsNullOrWhiteSpace(options.Worker) ? CommandLine.Usage : $"worker not found: {options.Worker}");
    return 2;
}

var hostJson = HostJsonReader.Read(options.EffectiveScriptRoot);
var grpcEndpoint = new GrpcEndpoint();

builder.Services.AddOptions<LocalHostOptions>().Bind(builder.Configuration.GetSection(LocalHostOptions.SectionName));
builder.Services.AddSingleton(hostJson);
builder.Services.AddSingleton(grpcEndpoint);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<FunctionCatalog>();
builder.Services.AddSingleton<DisabledFunctions>();
builder.Services.AddSingleton<WorkerLogForwarder>();
builder.Services.AddSingleton<WorkerChannel>();
builder.Services.AddSingleton<WorkerHandshake>();
builder.Services.AddSingleton<InvocationDrain>();
builder.Services.AddSingleton<FunctionInvoker>();
builder.Services.AddSingleton<FunctionEndpointDataSource>();
builder.Services.AddSingleton<HttpFunctionForwarder>();
builder.Services.AddSingleton<AdminEndpoints>();
builder.Services.AddSingleton<AppSettingResolver>();
builder.Services.AddSingleton<StorageConnectionResolver>();
builder.Services.AddHostedService<WorkerSupervisor>();
builder.Services.AddHostedService<QueueTriggerService>();
builder.Services.AddHostedService<TimerTriggerService>();
builder.Services.AddGrpc(grpc =>
{
    // Invocation payloads (queue messages, trigger metadata) are the worker's business, not a gRPC default's.
    grpc.MaxReceiveMessageSize = null;
    grpc.MaxSendMessageSize = null;
});
builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.DrainTimeout + options.StopGracePeriod + TimeSpan.FromSeconds(5));
// Request-by-request framework logs drown the worker's own; settings (Logging:LogLevel) can raise them again.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Logging.AddFilter("Grpc", LogLevel.Warning);
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss.fff ";
    console.UseUtcTimestamp = true;
});
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
    grpcEndpoint.Listen(kestrel);
    PublicEndpoint.Listen(kestrel, options.Urls);
});

var app = builder.Build();
var functionRoutes = app.Services.GetRequiredService<FunctionEndpointDataSource>();
app.UseRouting();
app.UseMiddleware<FrontDoorMiddleware>();
app.MapGrpcService<FunctionRpcService>();
((IEndpointRouteBuilder)app).DataSources.Add(functionRoutes);

app.Services.GetRequiredService<FunctionCatalog>().Loaded += functions =>
{
    var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Functions");
    var publicUrl = options.Urls.Split(';')[0].TrimEnd('/');
    foreach (var route in functionRoutes.Routes)
    {
        var methods = route.Function.Trigger?.GetStrings("methods") is { Count: > 0 } allowed ? string.Join(",", allowed).ToUpperInvariant() : "ALL";
        logger.LogInformation("{FunctionName}: [{Methods}] {Url}", route.Function.Name, methods, $"{publicUrl}/{route.Template}");
    }

    foreach (var function in functions.Where(function => !function.Runs("httpTrigger")))
    {
        logger.LogInformation(
            "{FunctionName}: {TriggerType}{Disabled}",
            function.Name,
            function.Trigger?.Type ?? "no trigger",
            function.IsDisabled ? " (disabled)" : string.Empty);
    }
};

await app.RunAsync();
return Environment.ExitCode;
