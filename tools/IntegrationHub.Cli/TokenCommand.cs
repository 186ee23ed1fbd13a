using IntegrationHub.Infrastructure.Auth;

namespace IntegrationHub.Cli;

/// <summary><c>./hub token --role R [--org CODE] [--ia CODE ...]</c>: prints a development JWT.</summary>
public static class TokenCommand
{
    public static int Run(CommandLine args)
    {
        var role = args.Require("role");
        if (!HubClaims.AllRoles.Contains(role))
        {
            throw new ArgumentException($"--role must be one of {string.Join(", ", HubClaims.AllRoles)}");
        }

        var token = DevelopmentTokens.Issue(
            args.Require("key"),
            TimeProvider.System.GetUtcNow(),
            role,
            args.Get("org"),
            args.All("ia"),
            subject: args.Get("sub") ?? "dev-" + role.ToLowerInvariant(),
            lifetime: TimeSpan.FromMinutes(args.GetInt("minutes", 480)));
        Console.WriteLine(token);
        return 0;
    }
}
