using IntegrationHub.Domain.Submissions;

namespace IntegrationHub.IntegrationTests.Faults;

/// <summary>A FHIR processor that always throws, as a bug or a persistent dependency failure would.</summary>
public sealed class ExplodingFhirProcessor : ISubmissionProcessor
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public SubmissionKind Kind => SubmissionKind.Fhir;

    public Task<ProcessingOutcome> ProcessAsync(Submission submission, Stream body, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        throw new InvalidOperationException("simulated processing failure");
    }
}
