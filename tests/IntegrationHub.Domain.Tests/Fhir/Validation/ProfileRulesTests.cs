using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Fhir.Validation;

namespace IntegrationHub.Domain.Tests.Fhir.Validation;

/// <summary>
/// Every rule of the hub's three profiles, broken one at a time on the shipped example that meets it, as
/// Firely.Fhir.Validation reports it: which rule, how bad, where.
/// </summary>
public sealed class ProfileRulesTests(ProfileValidatorFixture fixture) : IClassFixture<ProfileValidatorFixture>
{
    private const string Chi = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";

    [Theory]
    [InlineData("Patient-hub-patient-example")]
    [InlineData("Encounter-hub-encounter-example")]
    [InlineData("EpisodeOfCare-hub-delayed-discharge-example")]
    public void EachShippedExample_MeetsItsProfile(string example) =>
        Assert.Empty(Validate(Example(example)));

    [Fact]
    public void Patient_ACHIThatIsNotTenDigits_IsAWarning_hub_pat_1()
    {
        var issue = Assert.Single(Validate(Example("Patient-hub-patient-example", p => p["identifier"]![0]!["value"] = "01015A1242")));

        Assert.Equal((IssueSeverity.Warning, "Bundle.entry[0].resource"), (issue.Severity, issue.Location));
        Assert.Contains("hub-pat-1", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patient_TwoCHIs_BreakTheSliceCardinality()
    {
        var issue = Assert.Single(Validate(Example("Patient-hub-patient-example", p => p["identifier"]!.AsArray().Add(new JsonObject { ["system"] = Chi, ["value"] = "0101501243" }))));

        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Contains("slice chi", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hub-enc-1", "identifier", null)]
    [InlineData("hub-enc-2", "period", null)]
    [InlineData("hub-enc-3", "priority", """{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"R"}]}""")]
    [InlineData("hub-enc-4", "serviceType", """{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/care-setting","code":"spa"}]}""")]
    public void Encounter_EachInvariant_IsAnErrorNamingIt(string key, string element, string? value)
    {
        var issues = Validate(Example("Encounter-hub-encounter-example", e =>
        {
            if (value is null)
            {
                e.Remove(element);
                e.Remove(element == "identifier" ? "id" : "unused");
            }
            else
            {
                e[element] = JsonNode.Parse(value);
            }
        }));

        var issue = Assert.Single(issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Contains(key, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encounter_ACancelledOneNeedsNoStart_hub_enc_2() =>
        Assert.Empty(Validate(Example("Encounter-hub-encounter-example", e =>
        {
            e["status"] = "cancelled";
            e.Remove("period");
        })));

    [Fact]
    public void Encounter_ACodingOfTheBoardsOwnSystem_IsAllowedBesideTheHubs() =>
        Assert.Empty(Validate(Example("Encounter-hub-encounter-example", e => e["priority"]!["coding"]!.AsArray().Add(new JsonObject { ["system"] = "https://fhir.nhs.scot/S08000031/priority", ["code"] = "urgent" }))));

    [Fact]
    public void Encounter_AClassOutsideTheValueSet_BreaksTheRequiredBinding()
    {
        var issue = Assert.Single(Validate(Example("Encounter-hub-encounter-example", e => e["class"]!["code"] = "HH")));

        Assert.Equal((IssueSeverity.Error, "code-invalid", "Bundle.entry[0].resource.class[0]"), (issue.Severity, issue.Code, issue.Location));
        Assert.Contains("encounter-class", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encounter_WithoutSubject_IsAnError() =>
        Assert.Contains("subject", Assert.Single(Validate(Example("Encounter-hub-encounter-example", e => e.Remove("subject")))).Message, StringComparison.Ordinal);

    [Fact]
    public void Encounter_EndBeforeStart_BreaksBaseR4_per_1()
    {
        var issue = Assert.Single(Validate(Example("Encounter-hub-encounter-example", e => e["period"]!["end"] = "2026-10-01")));

        Assert.Equal("Bundle.entry[0].resource.period[0]", issue.Location);
        Assert.Contains("per-1", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hub-dd-1")]
    [InlineData("hub-dd-2")]
    [InlineData("hub-dd-3")]
    public void DelayedDischarge_EachInvariant_IsAnErrorNamingIt(string key)
    {
        var issues = Validate(Example("EpisodeOfCare-hub-delayed-discharge-example", d =>
        {
            switch (key)
            {
                case "hub-dd-1":
                    d.Remove("identifier");
                    d.Remove("id");
                    break;
                case "hub-dd-2":
                    d.Remove("period");
                    break;
                default:
                    d["type"]![1]!["coding"]![0]!["code"] = "weather";
                    break;
            }
        }));

        Assert.Contains(key, Assert.Single(issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DelayedDischarge_TheEpisodeTypeSlice_IsRequired()
    {
        var episode = (EpisodeOfCare)Example("EpisodeOfCare-hub-delayed-discharge-example");

        // Without the episode type (and without claiming the profile in meta.profile, which the validator honours) it is
        // no delayed discharge, so only the base definition applies; against the profile it fails the slice.
        episode.Type.RemoveAt(0);
        episode.Meta = null;
        Assert.Null(ProfileValidator.ProfileFor(episode));
        Assert.Empty(fixture.Validator.Validate(episode, "EpisodeOfCare"));
        var issue = Assert.Single(fixture.Validator.Validate(episode, "EpisodeOfCare", "https://fhir.integrationhub.scot/StructureDefinition/hub-delayed-discharge"));
        Assert.Contains("type:episodeType", issue.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<Issue> Validate(Resource resource) => fixture.Validator.Validate(resource, "Bundle.entry[0].resource");

    private static Resource Example(string name, Action<JsonObject>? change = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fhir", "Examples", name + ".json")))!.AsObject();
        change?.Invoke(json);
        return FhirJson.Deserializer.DeserializeResource(json.ToJsonString());
    }
}
