using Hl7.Fhir.Model;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Fhir.Conformance;

namespace IntegrationHub.Domain.Tests.Fhir;

/// <summary>The published conformance resources agree with each other and with the codes of CONTRACT §2.1.</summary>
public sealed class ConformanceResourcesTests
{
    private static readonly ConformanceResources Conformance = ConformanceResources.Load();

    [Fact]
    public void EveryFile_IsReadWithItsCanonicalUrl()
    {
        Assert.Equal(12, Conformance.All.Count);
        Assert.All(Conformance.All, r => Assert.Equal($"{ConformanceResources.CanonicalBase}{r.TypeName}/{r.Id}", ((IVersionableConformanceResource)r).Url));
    }

    [Fact]
    public void TheCapabilityStatement_NamesThreePublishedProfiles()
    {
        var profiles = Conformance.CapabilityStatement.Rest.Single().Resource.SelectMany(r => r.SupportedProfile).ToList();

        Assert.Equal(3, profiles.Count);
        Assert.All(profiles, p => Assert.IsType<StructureDefinition>(Find(p)));
    }

    [Fact]
    public void EveryBindingOfTheProfiles_NamesAPublishedValueSetOverPublishedOrHl7CodeSystems()
    {
        var bindings = Conformance.All.OfType<StructureDefinition>()
            .SelectMany(sd => sd.Differential!.Element)
            .Where(e => e.Binding is not null)
            .Select(e => e.Binding!.ValueSet)
            .ToList();

        Assert.Equal(4, bindings.Count);
        foreach (var valueSet in bindings.Select(Find).Cast<ValueSet>().ToList())
        {
            Assert.All(valueSet.Compose!.Include, include => Assert.True(
                include.System!.StartsWith("http://terminology.hl7.org/CodeSystem/", StringComparison.Ordinal) || Find(include.System) is CodeSystem,
                include.System));
        }
    }

    [Theory]
    [InlineData("care-setting")]
    [InlineData("delay-reason")]
    [InlineData("episode-type")]
    public void EachCodeSystem_HasExactlyTheContractsCodes(string id)
    {
        var expected = id switch
        {
            "care-setting" => FhirCodes.Settings,
            "delay-reason" => FhirCodes.DelayReasons,
            _ => new HashSet<string> { "delayed-discharge" },
        };

        var codes = ((CodeSystem)Conformance.Find("CodeSystem", id)!).Concept.Select(c => c.Code!);

        Assert.Equal(expected.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("encounter-class")]
    [InlineData("encounter-priority")]
    public void EachEnumeratedValueSet_HasExactlyTheContractsCodes(string id)
    {
        var expected = id == "encounter-class" ? FhirCodes.EncounterClasses : FhirCodes.Priorities;

        var codes = ((ValueSet)Conformance.Find("ValueSet", id)!).Compose!.Include.Single().Concept.Select(c => c.Code!);

        Assert.Equal(expected.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Patient", "hub-patient")]
    [InlineData("CapabilityStatement", "integrationhub")]
    [InlineData("StructureDefinition", "nothing")]
    public void Find_ServesOnlyProfilesCodeSystemsAndValueSets(string type, string id) =>
        Assert.Null(Conformance.Find(type, id));

    private static Resource? Find(string? canonical)
    {
        Assert.NotNull(canonical);
        Assert.StartsWith(ConformanceResources.CanonicalBase, canonical, StringComparison.Ordinal);
        var parts = canonical[ConformanceResources.CanonicalBase.Length..].Split('/');
        return Conformance.Find(parts[0], parts[1]);
    }
}
