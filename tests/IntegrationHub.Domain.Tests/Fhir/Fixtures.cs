namespace IntegrationHub.Domain.Tests.Fhir;

internal static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fhir", "Fixtures");

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
