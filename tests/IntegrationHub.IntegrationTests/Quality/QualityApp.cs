using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;

namespace IntegrationHub.IntegrationTests.Quality;

/// <summary>An app on emulators of its own, started once for the quality tests, so every figure is theirs.</summary>
public sealed class QualityApp : IDisposable
{
    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();

    public QualityApp() => App = new HubAppFactory(emulators);

    public HubAppFactory App { get; }

    public void Dispose()
    {
        App.Dispose();
        emulators.Dispose();
    }
}
