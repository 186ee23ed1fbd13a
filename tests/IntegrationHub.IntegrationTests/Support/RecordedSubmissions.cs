using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Domain.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.IntegrationTests.Support;

/// <summary>
/// The first steps of the accept path done by the test itself through the hub's own stores, so a test can make the
/// states a crash or a storage fault leaves behind: recorded but never enqueued, or recorded with its body gone.
/// </summary>
public static class RecordedSubmissions
{
    /// <summary>Records an <c>accepted</c> FHIR submission of <paramref name="bundle"/>, landing its body only when <paramref name="land"/>.</summary>
    public static async Task<string> RecordAsync(HubAppFactory app, string org, string bundle, DateTimeOffset receivedAt, bool land)
    {
        var bytes = Encoding.UTF8.GetBytes(bundle);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var id = SubmissionIds.For(org, SubmissionKind.Fhir, null, sha);
        var path = SubmissionIds.LandingPath(SubmissionKind.Fhir, org, receivedAt, id, sha);
        if (land)
        {
            using var body = new MemoryStream(bytes);
            await app.Services.GetRequiredService<ILandingStore>().LandAsync(path, body, "application/fhir+json", CancellationToken.None);
        }

        var created = await app.Services.GetRequiredService<ISubmissionStore>().CreateAsync(
            new Submission
            {
                Id = id,
                Org = org,
                Kind = SubmissionKind.Fhir,
                Status = SubmissionStatus.Accepted,
                ReceivedAt = receivedAt,
                LandingPath = path,
                BodySha256 = sha,
                BodyLength = bytes.Length,
                ContentType = "application/fhir+json",
            },
            CancellationToken.None);
        Assert.True(created.Created);
        return id;
    }
}
