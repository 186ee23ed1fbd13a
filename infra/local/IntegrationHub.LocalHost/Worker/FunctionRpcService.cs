using Grpc.Core;
using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Worker;

/// <summary>The gRPC endpoint the worker connects to (--functions-uri).</summary>
public sealed class FunctionRpcService : FunctionRpc.FunctionRpcBase
{
    private readonly WorkerChannel channel;

    public FunctionRpcService(WorkerChannel channel)
    {
        this.channel = channel;
    }

    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context) =>
        channel.RunAsync(requestStream, responseStream, context.CancellationToken);
}
