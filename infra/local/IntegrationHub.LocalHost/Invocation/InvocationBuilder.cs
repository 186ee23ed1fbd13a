using System.Diagnostics;
using IntegrationHub.LocalHost.Functions;
using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Invocation;

/// <summary>Builds an InvocationRequest for a function's trigger as the real host shapes it.</summary>
public static class InvocationBuilder
{
    public static InvocationRequest Create(FunctionDescriptor function, TypedData triggerData, IReadOnlyDictionary<string, TypedData> triggerMetadata)
    {
        var trigger = function.Trigger ?? throw new InvalidOperationException($"function {function.Name} has no trigger");
        var request = new InvocationRequest
        {
            InvocationId = Guid.NewGuid().ToString(),
            FunctionId = function.Id,
            // The worker fails an invocation without a trace context; a fresh W3C traceparent per invocation will do.
            TraceContext = new RpcTraceContext
            {
                TraceParent = $"00-{ActivityTraceId.CreateRandom().ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01",
            },
        };
        request.TraceContext.Attributes.Add("OperationName", function.Name);
        request.InputData.Add(new ParameterBinding { Name = trigger.Name, Data = triggerData });
        foreach (var (name, value) in triggerMetadata)
        {
            request.TriggerMetadata.Add(name, value);
        }

        return request;
    }

    public static TypedData Text(string value) => new() { String = value };

    public static TypedData Json(string value) => new() { Json = value };
}
