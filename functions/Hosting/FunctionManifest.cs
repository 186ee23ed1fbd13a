namespace IntegrationHub.Functions.Hosting;

/// <summary>A function as the Functions host sees it: its folder name and its bindings.</summary>
public sealed record FunctionManifest(string Name, IReadOnlyList<FunctionBinding> Bindings)
{
    public FunctionBinding Trigger => Bindings.Single(b => b.Direction == "in" && b.Type.EndsWith("Trigger", StringComparison.Ordinal));

    public bool IsHttp => Trigger.Type == "httpTrigger";

    public bool IsQueue => Trigger.Type == "queueTrigger";

    public bool IsTimer => Trigger.Type == "timerTrigger";
}
