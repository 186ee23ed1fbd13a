using System.Security.Claims;
using IntegrationHub.Domain.Audit;
using IntegrationHub.Functions.Audit;

namespace IntegrationHub.Functions.Tests.Audit;

public sealed class AuditActorsTests
{
    [Fact]
    public void ValidatedToken_GivesSubjectNameRolesOrgAndIas()
    {
        var user = Principal(
            new Claim("sub", "u-42"),
            new Claim("name", "Isla Admin"),
            new Claim("roles", "LinkageReviewer"),
            new Claim("roles", "Admin"),
            new Claim("org", "S08000031"),
            new Claim("ia", "S37000034"),
            new Claim("ia", "S37000022"));

        var actor = AuditActors.From(user);

        Assert.Equal(("u-42", "Isla Admin", "S08000031"), (actor.Subject, actor.Name, actor.Org));
        Assert.Equal(["Admin", "LinkageReviewer"], actor.Roles);
        Assert.Equal(["S37000022", "S37000034"], actor.Ias);
    }

    [Fact]
    public void ClientCredentialToken_HasNoName()
    {
        var actor = AuditActors.From(Principal(new Claim("sub", "app-1"), new Claim("roles", "Submitter")));

        Assert.Null(actor.Name);
        Assert.Equal("app-1", actor.Subject);
    }

    [Fact]
    public void NoValidToken_IsAnonymous()
    {
        Assert.Equal(AuditActor.Anonymous, AuditActors.From(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    private static ClaimsPrincipal Principal(params Claim[] claims) =>
        new(new ClaimsIdentity(claims, "Bearer", "sub", "roles"));
}
