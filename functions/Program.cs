using IntegrationHub.Functions;

var builder = WebApplication.CreateBuilder(args);
builder.AddHubFunctions();
var app = builder.Build();
app.UseHubFunctions();
await app.RunAsync();

/// <summary>Entry point; public so API tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
