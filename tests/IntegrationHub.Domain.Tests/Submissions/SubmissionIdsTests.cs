using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.Domain.Tests.Submissions;

public sealed class SubmissionIdsTests
{
    [Fact]
    public void SameOrgAndBody_GiveTheSameId()
    {
        Assert.Equal(
            SubmissionIds.For("S08000031", SubmissionKind.Fhir, null, "ab"),
            SubmissionIds.For("S08000031", SubmissionKind.Fhir, null, "ab"));
    }

    [Fact]
    public void IdempotencyKey_WinsOverTheBody()
    {
        Assert.Equal(
            SubmissionIds.For("S08000031", SubmissionKind.Fhir, "k1", "ab"),
            SubmissionIds.For("S08000031", SubmissionKind.Fhir, "k1", "cd"));
    }

    [Theory]
    [InlineData("S08000024", SubmissionKind.Fhir, null, "ab")]
    [InlineData("S08000031", SubmissionKind.SocialCare, null, "ab")]
    [InlineData("S08000031", SubmissionKind.Fhir, "ab", "ab")]
    [InlineData("S08000031", SubmissionKind.Fhir, null, "abc")]
    public void AnyDifference_GivesAnotherId(string org, SubmissionKind kind, string? key, string hash)
    {
        Assert.NotEqual(SubmissionIds.For("S08000031", SubmissionKind.Fhir, null, "ab"), SubmissionIds.For(org, kind, key, hash));
    }

    [Fact]
    public void LandingPath_IsByKindOrgAndDay()
    {
        var path = SubmissionIds.LandingPath(SubmissionKind.SocialCare, "S12000049", new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.Zero), "id1", "0123456789abcdef0123");

        Assert.Equal("social-care/S12000049/2026/11/03/id1-0123456789abcdef.csv", path);
    }
}
