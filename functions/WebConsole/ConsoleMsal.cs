namespace IntegrationHub.Functions.WebConsole;

/// <summary>The settings MSAL.js needs in the browser; none of them is a secret (a public client uses PKCE).</summary>
public sealed record ConsoleMsal(string ClientId, string Authority, string Scope);
