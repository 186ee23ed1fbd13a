using IntegrationHub.Domain.ReadModels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Pseudonymisation;

public static class PseudonymisationServiceCollectionExtensions
{
    public static IServiceCollection AddHubPseudonymisation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PseudonymisationOptions>()
            .Bind(configuration.GetSection(PseudonymisationOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.Key) != string.IsNullOrEmpty(o.DevelopmentKey), "Set exactly one of Pseudonymisation:Key (Key Vault) or Pseudonymisation:DevelopmentKey (Development only).")
            .Validate(o => KeyBytes(o) is { Length: >= 32 }, "The pseudonymisation key must be base64 of at least 32 bytes.")
            .Validate<IHostEnvironment>(
                (o, environment) => string.IsNullOrEmpty(o.DevelopmentKey) || environment.IsDevelopment(),
                "Pseudonymisation:DevelopmentKey is set outside the Development environment; development keys are refused. Use Pseudonymisation:Key from Key Vault.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PseudonymisationOptions>>().Value;
            return new Pseudonymiser(KeyBytes(options)!);
        });
        return services;
    }

    private static byte[]? KeyBytes(PseudonymisationOptions options)
    {
        var text = string.IsNullOrEmpty(options.Key) ? options.DevelopmentKey : options.Key;
        var buffer = new byte[((text?.Length ?? 0) * 3 / 4) + 3];
        return text is not null && Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
