using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Functions;

/// <summary>A function the worker reported and loaded, with its bindings parsed.</summary>
public sealed class FunctionDescriptor
{
    private FunctionDescriptor(string id, RpcFunctionMetadata metadata, IReadOnlyList<BindingDescriptor> bindings, bool isDisabled)
    {
        Id = id;
        IsDisabled = isDisabled;
        Metadata = metadata;
        Bindings = bindings;
        Trigger = bindings.FirstOrDefault(binding => binding.IsTrigger);
    }

    public string Id { get; }

    public string Name => Metadata.Name;

    public RpcFunctionMetadata Metadata { get; }

    public IReadOnlyList<BindingDescriptor> Bindings { get; }

    public BindingDescriptor? Trigger { get; }

    /// <summary>Loaded, but never to be triggered (see <see cref="DisabledFunctions"/>).</summary>
    public bool IsDisabled { get; }

    /// <summary>Whether this function is triggered by the given trigger type and is not disabled.</summary>
    public bool Runs(string triggerType) => !IsDisabled && Trigger?.IsType(triggerType) == true;

    public static FunctionDescriptor From(RpcFunctionMetadata metadata, string appDirectory, bool isDisabled)
    {
        // The worker names each function with a stable id; a worker that does not is given one, as the host would.
        var id = string.IsNullOrEmpty(metadata.FunctionId) ? Guid.NewGuid().ToString() : metadata.FunctionId;
        var loaded = metadata.Clone();
        loaded.FunctionId = id;
        loaded.Directory = appDirectory;
        var bindings = metadata.RawBindings.Select(BindingDescriptor.Parse).ToList();
        return new FunctionDescriptor(id, loaded, bindings, isDisabled);
    }
}
