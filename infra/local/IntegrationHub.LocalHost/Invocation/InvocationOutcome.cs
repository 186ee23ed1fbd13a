using IntegrationHub.LocalHost.Rpc;

namespace IntegrationHub.LocalHost.Invocation;

public static class InvocationOutcome
{
    public static bool Succeeded(InvocationResponse response) => response.Result?.Status == StatusResult.Types.Status.Success;

    public static string Describe(InvocationResponse response) => response.Result switch
    {
        null => "no status",
        { Exception: { } exception } => $"{exception.Type}: {exception.Message}",
        var result => string.IsNullOrEmpty(result.Result) ? result.Status.ToString() : result.Result,
    };
}
