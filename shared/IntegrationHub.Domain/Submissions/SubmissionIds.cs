using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Domain.Submissions;

/// <summary>
/// Deterministic submission ids: the same org, kind and idempotency key (or, without one, the same body) always
/// give the same id, so a retried request finds the submission it already made.
/// </summary>
public static class SubmissionIds
{
    public static string For(string org, SubmissionKind kind, string? idempotencyKey, string bodySha256)
    {
        var identity = idempotencyKey is null
            ? $"{org}|{kind}|sha256:{bodySha256}"
            : $"{org}|{kind}|key:{idempotencyKey}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    public static string LandingPath(SubmissionKind kind, string org, DateTimeOffset receivedAt, string id, string bodySha256)
    {
        var folder = kind == SubmissionKind.Fhir ? "fhir" : "social-care";
        var extension = kind == SubmissionKind.Fhir ? "json" : "csv";
        return $"{folder}/{org}/{receivedAt:yyyy'/'MM'/'dd}/{id}-{bodySha256[..16]}.{extension}";
    }
}
