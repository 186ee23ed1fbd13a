using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Functions.Hosting;

public static class HostingServiceCollectionExtensions
{
    public static IServiceCollection AddHubHosting(this IServiceCollection services, IConfiguration configuration, bool underFunctionsHost)
    {
        var options = configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        services.Configure<HostingOptions>(configuration.GetSection(HostingOptions.Section));
        var settings = new HostingSettings(
            RunTriggers: options.RunTriggers ?? !underFunctionsHost,
            ServeInvocations: options.ServeInvocations ?? underFunctionsHost);
        services.AddSingleton(settings);

        var catalog = FunctionCatalog.Load(options.FunctionsRoot ?? AppContext.BaseDirectory);
        services.AddSingleton(catalog);
        services.AddSingleton<TriggerDispatcher>();

        if (settings.RunTriggers)
        {
            foreach (var function in catalog.Functions.Where(f => f.IsQueue))
            {
                services.AddSingleton<IHostedService>(sp => new QueueTriggerListener(
                    function,
                    catalog,
                    sp.GetRequiredService<QueueServiceClient>(),
                    sp.GetRequiredService<TriggerDispatcher>(),
                    sp.GetRequiredService<IOptions<HostingOptions>>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<QueueTriggerListener>>()));
            }

            foreach (var function in catalog.Functions.Where(f => f.IsTimer))
            {
                DailySchedule.Parse(function.Trigger.Schedule ?? string.Empty);
                services.AddSingleton<IHostedService>(sp => new TimerTriggerListener(
                    function,
                    sp.GetRequiredService<TriggerDispatcher>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<TimerTriggerListener>>()));
            }
        }

        return services;
    }
}
