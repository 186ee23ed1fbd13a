using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using GrpcException = Grpc.Core.RpcException;
using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Worker;

/// <summary>
/// The host's end of the worker's EventStream: one outbound queue written by a single loop (a gRPC stream takes
/// one writer at a time) and the answers matched to their requests. Everything pending fails with
/// <see cref="WorkerUnavailableException"/> when the stream closes, so no caller waits on a dead worker.
/// </summary>
public sealed class WorkerChannel
{
    private readonly Channel<StreamingMessage> outbound = Channel.CreateUnbounded<StreamingMessage>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly TaskCompletionSource<StartStream> streamStarted = NewSource<StartStream>();
    private readonly TaskCompletionSource<WorkerInitResponse> initialized = NewSource<WorkerInitResponse>();
    private readonly TaskCompletionSource<FunctionMetadataResponse> metadata = NewSource<FunctionMetadataResponse>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<FunctionLoadResponse>> loads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<InvocationResponse>> invocations = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly WorkerLogForwarder logs;
    private readonly ILogger<WorkerChannel> logger;
    private int attached;

    public WorkerChannel(WorkerLogForwarder logs, ILogger<WorkerChannel> logger)
    {
        this.logs = logs;
        this.logger = logger;
    }

    public bool IsOpen => Volatile.Read(ref attached) == 1 && !closed.Task.IsCompleted;

    public Task Closed => closed.Task;

    /// <summary>Serves the worker's stream until it ends; the gRPC service calls this once per worker.</summary>
    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> requests, IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref attached, 1) == 1)
        {
            throw new GrpcException(new Status(StatusCode.AlreadyExists, "this host serves one worker and it is already connected"));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = WriteAllAsync(responses, stop.Token);
        try
        {
            await foreach (var message in requests.ReadAllAsync(stop.Token))
            {
                Dispatch(message);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or GrpcException)
        {
            logger.LogDebug(exception, "The worker's stream ended");
        }
        finally
        {
            await stop.CancelAsync();
            Close();
            try
            {
                await writing;
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or GrpcException or InvalidOperationException)
            {
                logger.LogDebug(exception, "The writer of the worker's stream stopped");
            }
        }
    }

    public Task<StartStream> WaitForStreamAsync(CancellationToken cancellationToken) => streamStarted.Task.WaitAsync(cancellationToken);

    public Task<WorkerInitResponse> InitializeAsync(WorkerInitRequest request, CancellationToken cancellationToken)
    {
        Send(new StreamingMessage { WorkerInitRequest = request });
        return initialized.Task.WaitAsync(cancellationToken);
    }

    public Task<FunctionMetadataResponse> GetFunctionMetadataAsync(FunctionsMetadataRequest request, CancellationToken cancellationToken)
    {
        Send(new StreamingMessage { FunctionsMetadataRequest = request });
        return metadata.Task.WaitAsync(cancellationToken);
    }

    public Task<FunctionLoadResponse> LoadAsync(FunctionLoadRequest request, CancellationToken cancellationToken)
    {
        var pending = Register(loads, request.FunctionId);
        Send(new StreamingMessage { FunctionLoadRequest = request });
        return pending.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Sends the invocation and returns the task of its response. The request is on its way when this returns,
    /// which matters for HTTP: the worker waits at most 5 s between the invocation and the forwarded request.
    /// </summary>
    public Task<InvocationResponse> StartInvocation(InvocationRequest request, CancellationToken cancellationToken)
    {
        var pending = Register(invocations, request.InvocationId);
        Send(new StreamingMessage { InvocationRequest = request });
        return WaitForInvocationAsync(request.InvocationId, pending.Task, cancellationToken);
    }

    /// <summary>Asks the worker to stop; without it the worker's shutdown waits 30 s.</summary>
    public void Terminate(TimeSpan gracePeriod) =>
        Send(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(gracePeriod) } });

    private async Task<InvocationResponse> WaitForInvocationAsync(string invocationId, Task<InvocationResponse> response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (invocations.TryRemove(invocationId, out _) && IsOpen)
            {
                Send(new StreamingMessage { InvocationCancel = new InvocationCancel { InvocationId = invocationId } });
            }

            throw;
        }
    }

    private void Send(StreamingMessage message)
    {
        if (closed.Task.IsCompleted)
        {
            throw new WorkerUnavailableException();
        }

        message.RequestId = Guid.NewGuid().ToString();
        outbound.Writer.TryWrite(message);
    }

    private async Task WriteAllAsync(IServerStreamWriter<StreamingMessage> responses, CancellationToken cancellationToken)
    {
        await foreach (var message in outbound.Reader.ReadAllAsync(cancellationToken))
        {
            await responses.WriteAsync(message, cancellationToken);
        }
    }

    private void Dispatch(StreamingMessage message)
    {
        switch (message.ContentCase)
        {
            case StreamingMessage.ContentOneofCase.StartStream:
                streamStarted.TrySetResult(message.StartStream);
                break;
            case StreamingMessage.ContentOneofCase.WorkerInitResponse:
                initialized.TrySetResult(message.WorkerInitResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionMetadataResponse:
                metadata.TrySetResult(message.FunctionMetadataResponse);
                break;
            case StreamingMessage.ContentOneofCase.FunctionLoadResponse:
                Complete(loads, message.FunctionLoadResponse.FunctionId, message.FunctionLoadResponse);
                break;
            case StreamingMessage.ContentOneofCase.InvocationResponse:
                Complete(invocations, message.InvocationResponse.InvocationId, message.InvocationResponse);
                break;
            case StreamingMessage.ContentOneofCase.RpcLog:
                logs.Write(message.RpcLog);
                break;
            case StreamingMessage.ContentOneofCase.WorkerStatusRequest:
                Send(new StreamingMessage { WorkerStatusResponse = new WorkerStatusResponse() });
                break;
            default:
                logger.LogDebug("Ignoring a {MessageType} message from the worker", message.ContentCase);
                break;
        }
    }

    private void Close()
    {
        closed.TrySetResult();
        outbound.Writer.TryComplete();
        var unavailable = new WorkerUnavailableException();
        streamStarted.TrySetException(unavailable);
        initialized.TrySetException(unavailable);
        metadata.TrySetException(unavailable);
        FailAll(loads, unavailable);
        FailAll(invocations, unavailable);
    }

    private static TaskCompletionSource<T> Register<T>(ConcurrentDictionary<string, TaskCompletionSource<T>> pending, string key)
    {
        var source = NewSource<T>();
        if (!pending.TryAdd(key, source))
        {
            throw new InvalidOperationException($"a request with id {key} is already waiting for the worker");
        }

        return source;
    }

    private static void Complete<T>(ConcurrentDictionary<string, TaskCompletionSource<T>> pending, string key, T value)
    {
        if (pending.TryRemove(key, out var source))
        {
            source.TrySetResult(value);
        }
    }

    private static void FailAll<T>(ConcurrentDictionary<string, TaskCompletionSource<T>> pending, Exception exception)
    {
        foreach (var key in pending.Keys)
        {
            if (pending.TryRemove(key, out var source))
            {
                source.TrySetException(exception);
            }
        }
    }

    private static TaskCompletionSource<T> NewSource<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
