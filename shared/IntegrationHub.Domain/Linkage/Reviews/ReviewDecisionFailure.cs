namespace IntegrationHub.Domain.Linkage.Reviews;

public enum ReviewDecisionFailure
{
    /// <summary>No such item in any IA the reviewer holds.</summary>
    NotFound,

    /// <summary>Already decided the other way; a decision is not reversed by a second one.</summary>
    AlreadyDecided,
}
