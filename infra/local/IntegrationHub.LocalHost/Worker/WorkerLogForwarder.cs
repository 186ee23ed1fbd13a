using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Worker;

/// <summary>Writes the worker's RpcLog messages to the host's log, as func start prints them.</summary>
public sealed class WorkerLogForwarder
{
    private readonly ILogger logger;

    public WorkerLogForwarder(ILoggerFactory loggerFactory)
    {
        logger = loggerFactory.CreateLogger("Worker");
    }

    public void Write(RpcLog log)
    {
        var level = log.Level switch
        {
            RpcLog.Types.Level.Trace => LogLevel.Trace,
            RpcLog.Types.Level.Debug => LogLevel.Debug,
            RpcLog.Types.Level.Information => LogLevel.Information,
            RpcLog.Types.Level.Warning => LogLevel.Warning,
            RpcLog.Types.Level.Error => LogLevel.Error,
            RpcLog.Types.Level.Critical => LogLevel.Critical,
            _ => LogLevel.None,
        };
        if (level == LogLevel.None || !logger.IsEnabled(level))
        {
            return;
        }

        if (log.Exception is { } exception)
        {
            logger.Log(
                level,
                "[{WorkerCategory}] {WorkerMessage} ({ExceptionType}: {ExceptionMessage}){NewLine}{StackTrace}",
                log.Category,
                log.Message,
                exception.Type,
                exception.Message,
                Environment.NewLine,
                exception.StackTrace);
            return;
        }

        logger.Log(level, "[{WorkerCategory}] {WorkerMessage}", log.Category, log.Message);
    }
}
