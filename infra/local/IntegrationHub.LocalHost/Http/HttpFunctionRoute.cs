using IntegrationHub.LocalHost.Functions;

namespace IntegrationHub.LocalHost.Http;

/// <summary>Endpoint metadata naming the HTTP function a route belongs to.</summary>
public sealed record HttpFunctionRoute(FunctionDescriptor Function, string Template);
