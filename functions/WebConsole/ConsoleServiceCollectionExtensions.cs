using IntegrationHub.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Functions.WebConsole;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>The built console's files and the sign-in it offers, decided once from the settings at start.</summary>
    public static IServiceCollection AddHubConsole(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ConsoleOptions>()
            .Bind(configuration.GetSection(ConsoleOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ConsoleAssets>();
        services.AddSingleton(provider => ConsoleSignIn.For(
            environment.IsDevelopment(),
            configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions(),
            provider.GetRequiredService<IOptions<ConsoleOptions>>().Value));
        return services;
    }
}
