namespace IntegrationHub.Functions.Submissions;

public static class SubmissionLimits
{
    public const long MaxFhirBytes = 16L * 1024 * 1024;
    public const long MaxExtractBytes = 64L * 1024 * 1024;
    public const int MaxIdempotencyKeyLength = 128;
}
