using IntegrationHub.LocalHost.SampleWorker.Recording;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// The worker's own Kestrel limits bodies to 30 MB; the large-body test sends more, as the hub's uploads may.
builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = 100L * 1024 * 1024);
builder.Services.AddSingleton<Recorder>();
await builder.Build().RunAsync();
