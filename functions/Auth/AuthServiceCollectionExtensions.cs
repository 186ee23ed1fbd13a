using IntegrationHub.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Functions.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Entra ID tokens in Azure (Authority set); locally, tokens signed with the development key. The development
    /// key is refused outside the Development environment so a mis-set app can never accept self-made tokens.
    /// </summary>
    public static IServiceCollection AddHubAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (!string.IsNullOrEmpty(options.DevelopmentSigningKey) && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Auth:DevelopmentSigningKey is set outside the Development environment. Development keys are refused; configure Auth:Authority (Entra ID).");
        }

        if (string.IsNullOrEmpty(options.DevelopmentSigningKey) && string.IsNullOrEmpty(options.Authority))
        {
            throw new InvalidOperationException("Auth is not configured: set Auth:Authority (Entra ID), or Auth:DevelopmentSigningKey in Development.");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = true;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromMinutes(2),
                RoleClaimType = HubClaims.Roles,
                NameClaimType = "sub",
            };
            if (string.IsNullOrEmpty(options.Authority))
            {
                jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(options.DevelopmentSigningKey!));
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
            else
            {
                jwt.Authority = options.Authority;
            }
        });

        services.AddAuthorizationPolicyEvaluator();
        services.AddAuthorizationBuilder()
            .AddPolicy(HubPolicies.AnyAuthenticated, p => p.RequireAuthenticatedUser())
            .AddPolicy(HubPolicies.Submitter, p => p.RequireRole(HubClaims.Submitter).RequireClaim(HubClaims.Org))
            .AddPolicy(HubPolicies.SubmissionReader, p => p.RequireRole(HubClaims.Submitter, HubClaims.Admin))
            .AddPolicy(HubPolicies.Analyst, p => p.RequireRole(HubClaims.Analyst, HubClaims.Admin))
            .AddPolicy(HubPolicies.LinkageReviewer, p => p.RequireRole(HubClaims.LinkageReviewer, HubClaims.Admin))
            .AddPolicy(HubPolicies.Admin, p => p.RequireRole(HubClaims.Admin));
        return services;
    }
}
