using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using IntegrationHub.LocalHost.Configuration;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Invocation;
using Microsoft.Extensions.Options;

namespace IntegrationHub.LocalHost.Queues;

/// <summary>Starts one <see cref="QueueTriggerListener"/> per queue-triggered function once the worker has loaded them.</summary>
public sealed class QueueTriggerService : BackgroundService
{
    private readonly FunctionCatalog catalog;
    private readonly StorageConnectionResolver connections;
    private readonly AppSettingResolver appSettings;
    private readonly HostJsonSettings hostJson;
    private readonly LocalHostOptions options;
    private readonly FunctionInvoker invoker;
    private readonly TimeProvider time;
    private readonly ILoggerFactory loggerFactory;
    private readonly ILogger<QueueTriggerService> logger;

    public QueueTriggerService(
        FunctionCatalog catalog,
        StorageConnectionResolver connections,
        AppSettingResolver appSettings,
        HostJsonSettings hostJson,
        IOptions<LocalHostOptions> options,
        FunctionInvoker invoker,
        TimeProvider time,
        ILoggerFactory loggerFactory)
    {
        this.catalog = catalog;
        this.connections = connections;
        this.appSettings = appSettings;
        this.hostJson = hostJson;
        this.options = options.Value;
        this.invoker = invoker;
        this.time = time;
        this.loggerFactory = loggerFactory;
        logger = loggerFactory.CreateLogger<QueueTriggerService>();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<FunctionDescriptor> functions;
        try
        {
            functions = await catalog.WhenReady(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var runs = functions
            .Where(function => function.Runs("queueTrigger"))
            .Select(function => RunAsync(function, stoppingToken))
            .ToList();
        await Task.WhenAll(runs);
    }

    private async Task RunAsync(FunctionDescriptor function, CancellationToken cancellationToken)
    {
        try
        {
            var listener = Create(function);
            await listener.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception exception)
        {
            // As in the real host, one function in error does not stop the others.
            logger.LogError(exception, "Queue trigger of function {FunctionName} stopped: {Reason}", function.Name, exception.Message);
        }
    }

    private QueueTriggerListener Create(FunctionDescriptor function)
    {
        var trigger = function.Trigger!;
        var queueName = appSettings.Resolve(trigger.GetString("queueName")
            ?? throw new InvalidOperationException($"function {function.Name}: queue trigger without queueName")).ToLowerInvariant();
        var connectionString = connections.ConnectionString(trigger.GetString("connection"));
        var settings = hostJson.Queues;
        var functionLogger = loggerFactory.CreateLogger("Queue." + function.Name);
        var clientOptions = new QueueClientOptions
        {
            MessageEncoding = settings.Base64Encoding ? QueueMessageEncoding.Base64 : QueueMessageEncoding.None,
        };
        // The listener polls again anyway: long client retries would only delay noticing that storage is back.
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        var poisonName = queueName + "-poison";
        // A message that is not valid base64 can never be run; the real host poisons it too, as it is.
        var rawPoison = new QueueClient(connectionString, poisonName, new QueueClientOptions());
        clientOptions.MessageDecodingFailed += async args =>
        {
            if (args.ReceivedMessage is not { } undecodable)
            {
                return;
            }

            functionLogger.LogError("Message {MessageId} of queue {QueueName} is not {Encoding}; moving it to {PoisonQueueName}", undecodable.MessageId, queueName, "base64", poisonName);
            await rawPoison.SendMessageAsync(undecodable.Body, cancellationToken: args.CancellationToken);
            await args.Queue.DeleteMessageAsync(undecodable.MessageId, undecodable.PopReceipt, args.CancellationToken);
        };
        return new QueueTriggerListener(
            function,
            new QueueClient(connectionString, queueName, clientOptions),
            new QueueClient(connectionString, poisonName, clientOptions),
            settings,
            options,
            invoker,
            time,
            functionLogger);
    }
}
