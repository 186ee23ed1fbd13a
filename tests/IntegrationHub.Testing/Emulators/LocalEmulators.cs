namespace IntegrationHub.Testing.Emulators;

/// <summary>
/// Azurite (Blob + Queue) and the Cosmos DB API server on free loopback ports. Azurite keeps its data in a
/// temporary folder so a restart keeps what was written (as Azure Storage would); the Cosmos server is in memory.
/// </summary>
public sealed class LocalEmulators : IDisposable
{
    /// <summary>The public, documented Azurite development account key. Development only; never a real secret.</summary>
    public const string AzuriteAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The Cosmos emulator ignores the key; any base64 string satisfies the SDK.</summary>
    public const string CosmosDevelopmentKey = "ZGV2ZWxvcG1lbnQtb25seS1jb3Ntb3Mta2V5LW5vdC1hLXNlY3JldA==";

    private static readonly Lazy<LocalEmulators> SharedInstance = new(StartShared);

    private readonly string dataFolder;

    private LocalEmulators()
    {
        BlobPort = FreePort.Next();
        QueuePort = FreePort.Next();
        CosmosPort = FreePort.Next();
        dataFolder = Path.Combine(Path.GetTempPath(), "ih-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        Azurite = new EmulatorProcess(
            "azurite",
            Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "azurite.js"),
            [
                "--silent", "--skipApiVersionCheck", "--loose",
                "--location", dataFolder,
                "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ],
            BlobPort);
        Cosmos = new EmulatorProcess(
            "cosmosdb-server",
            Path.Combine(RepoPaths.NodeModules, "@vercel", "cosmosdb-server", "lib", "cli.js"),
            ["--host", "127.0.0.1", "--port", CosmosPort.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            CosmosPort);
    }

    /// <summary>One pair of emulators for the whole test assembly, stopped when the test host exits.</summary>
    public static LocalEmulators Shared => SharedInstance.Value;

    public EmulatorProcess Azurite { get; }

    public EmulatorProcess Cosmos { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int CosmosPort { get; }

    public string StorageConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteAccountKey +
        $";BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;";

    public string CosmosEndpoint => $"https://127.0.0.1:{CosmosPort}/";

    /// <summary>Starts a private pair, for tests that stop and restart emulators.</summary>
    public static LocalEmulators StartPrivate()
    {
        var emulators = new LocalEmulators();
        emulators.Start();
        return emulators;
    }

    public void Dispose()
    {
        Azurite.Dispose();
        Cosmos.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp folder is cleaned by the OS.
        }
    }

    private static LocalEmulators StartShared()
    {
        var emulators = StartPrivate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => emulators.Dispose();
        return emulators;
    }

    private void Start()
    {
        Azurite.Start();
        Cosmos.Start();
    }
}
