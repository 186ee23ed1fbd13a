namespace IntegrationHub.Functions.Submissions;

public static class SubmissionRateLimiting
{
    public static IServiceCollection AddSubmissionRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SubmissionRateLimitOptions>()
            .Bind(configuration.GetSection(SubmissionRateLimitOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SubmissionRateLimiter>();
        return services;
    }
}
