namespace IntegrationHub.Domain.ReadModels;

public interface IProjectionStateStore
{
    Task<ProjectionState?> GetAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Creates (no ETag) or replaces if unchanged since read; null when another projection got there first.</summary>
    Task<ProjectionState?> TrySaveAsync(ProjectionState state, CancellationToken cancellationToken);
}
