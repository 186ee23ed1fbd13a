using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Ingestion;

/// <summary>The FHIR the tests send is checked by an independent validator (Medplum), not by the hub's own parser.</summary>
public sealed class FhirValidationTests
{
    [Fact]
    public async Task EveryFixture_IsValidFhirR4ForMedplum()
    {
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json");
        Assert.NotEmpty(fixtures);

        var (exit, output) = await ValidateAsync(fixtures);

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task Validator_RejectsInvalidFhir_SoTheOracleCanFail()
    {
        var file = Path.Combine(Path.GetTempPath(), "ih-invalid-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, """{"resourceType":"Patient","birthDate":"1950-13-01"}""");
        try
        {
            var (exit, output) = await ValidateAsync([file]);

            Assert.Equal(1, exit);
            Assert.Contains("birthDate", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Task<(int Exit, string Output)> ValidateAsync(IEnumerable<string> files) => Medplum.ValidateFilesAsync(files);
}
