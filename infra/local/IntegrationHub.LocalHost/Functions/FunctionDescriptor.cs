using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Functions;

/// <summary>A function the worker reported and loaded, with its bindings parsed.</summary>
public sealed class FunctionDescriptor
{
    private FunctionDescriptor(string id, RpcFunctionMetadata metadata, IReadOnlyList<BindingDescriptor> bindings)
    {
        Id = id;
        Metadata = metadata;
        Bindings = bindings;
        Trigger = bindings.FirstOrDefault(binding => binding.IsTrigger);
    }

    public string Id { get; }

    public string Name => Metadata.Name;

    public RpcFunctionMetadata Metadata { get; }

    public IReadOnlyList<BindingDescriptor> Bindings { get; }

    public BindingDescriptor? Trigger { get; }

    public static FunctionDescriptor From(RpcFunctionMetadata metadata, string appDirectory)
    {
        // The worker names each function with a stable id; a worker that does not is given one, as the host would.
        var id = string.IsNullOrEmpty(metadata.FunctionId) ? Guid.NewGuid().ToString() : metadata.FunctionId;
        var loaded = metadata.Clone();
        loaded.FunctionId = id;
        loaded.Directory = appDirectory;
        var bindings = metadata.RawBindings.Select(BindingDescriptor.Parse).ToList();
        return new FunctionDescriptor(id, loaded, bindings);
    }
}
