using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Fhir;
using IntegrationHub.Domain.Ingestion.Fhir;

namespace IntegrationHub.Domain.Tests.Fhir;

public sealed class FhirParserTests
{
    [Fact]
    public void FullBundle_ReadsEveryElementTheHubUses()
    {
        var result = FhirParser.Parse(Fixtures.Read("full-bundle.json"));

        Assert.False(result.Failed);
        Assert.Equal(7, result.Entries.Count);
        Assert.All(result.Entries.Take(6), e => Assert.Empty(e.Issues));
        var patient = Assert.IsType<Patient>(result.Entries[0].Resource);
        Assert.Equal("gg-1001", patient.Id);
        Assert.Equal([FhirCodes.Chi, "https://fhir.nhs.scot/S08000031/patient-id"], PatientFacts.Identifiers(patient).Select(i => i.System));
        Assert.Equal(("MacDonald", "Mhairi"), (PatientFacts.Family(patient), PatientFacts.Given(patient)));
        Assert.Equal(new DateOnly(1950, 1, 1), PatientFacts.BirthDate(patient));
        Assert.Equal("female", PatientFacts.Gender(patient));
        Assert.Equal(("g31 2ab", "S12000049"), PatientFacts.Residence(patient));
        Assert.Equal(new DateOnly(2026, 11, 20), PatientFacts.DeceasedDate(patient));

        var admission = Assert.IsType<Encounter>(result.Entries[1].Resource);
        Assert.Equal(("EP-1", "finished", "IMP"), (FhirValues.SourceId(admission.Identifier, admission.Id), admission.Status?.GetLiteral(), admission.Class?.Code));
        Assert.Equal(("EM", "acute"), (FhirValues.CodeFrom(admission.Priority, FhirCodes.ActPriority).Code, FhirValues.CodeFrom(admission.ServiceType, FhirCodes.CareSetting).Code));
        Assert.Equal((new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 9)), (ScottishDates.Of(admission.Period?.Start), ScottishDates.Of(admission.Period?.End)));
        Assert.Equal("urn:uuid:6f1f6a3e-1d1b-4f0e-9a59-4b1a2c3d4e01", admission.Subject?.Reference);

        var attendance = Assert.IsType<Encounter>(result.Entries[2].Resource);
        Assert.Equal("gg-e-2", FhirValues.SourceId(attendance.Identifier, attendance.Id));
        Assert.Equal(FhirCodes.Chi, attendance.Subject?.Identifier?.System);
        // 23:30Z on 30 September is 00:30 on 1 October in British Summer Time.
        Assert.Equal(new DateOnly(2026, 10, 1), ScottishDates.Of(attendance.Period?.Start));

        var dayCase = Assert.IsType<Encounter>(result.Entries[3].Resource);
        Assert.Equal(("SS", "EL", "community-hospital", "Patient/gg-1001"), (dayCase.Class?.Code, FhirValues.CodeFrom(dayCase.Priority, FhirCodes.ActPriority).Code, FhirValues.CodeFrom(dayCase.ServiceType, FhirCodes.CareSetting).Code, dayCase.Subject?.Reference));

        var outpatient = Assert.IsType<Encounter>(result.Entries[4].Resource);
        Assert.Equal(("AMB", (DateOnly?)null), (outpatient.Class?.Code, ScottishDates.Of(outpatient.Period?.End)));

        var delay = Assert.IsType<EpisodeOfCare>(result.Entries[5].Resource);
        Assert.True(FhirValues.IsDelayedDischarge(delay));
        Assert.Equal((new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9)), (ScottishDates.Of(delay.Period?.Start), ScottishDates.Of(delay.Period?.End)));

        var observation = result.Entries[6];
        Assert.Null(observation.Resource);
        Assert.False(observation.Rejected);
        Assert.Equal(("not-supported", "Bundle.entry[6].resource"), (observation.Issues.Single().Code, observation.Issues.Single().Location));
    }

    [Fact]
    public void SingleResource_IsOneEntryWithResourceLocations()
    {
        var result = FhirParser.Parse(Fixtures.Read("single-patient.json"));

        var entry = Assert.Single(result.Entries);
        Assert.Equal(("Patient", "Patient"), (entry.Location, entry.ResourcePath));
        Assert.Equal("City of Edinburgh", PatientFacts.Residence(Assert.IsType<Patient>(entry.Resource)).District);
    }

    [Fact]
    public void EveryProblemOfAnEntry_IsCollectedWithItsLocation()
    {
        var result = Parse("""{"resource":{"resourceType":"Patient","birthDate":"1950-02-30","gender":"yes","name":[{"family":"X","given":[1]}]}}""", Good());

        Assert.Equal(
            ["Bundle.entry[0].resource.birthDate", "Bundle.entry[0].resource.gender", "Bundle.entry[0].resource.name[0].given[0]"],
            result.Entries[0].Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Location).Order(StringComparer.Ordinal));
        Assert.Empty(result.Entries[1].Issues);
    }

    [Theory]
    [InlineData("\"birthDate\":\"1950-02-30\"", "Bundle.entry[0].resource.birthDate", "value")]
    [InlineData("\"birthDate\":5", "Bundle.entry[0].resource.birthDate", "value")]
    [InlineData("\"name\":{\"family\":\"X\"}", "Bundle.entry[0].resource.name[0]", "value")]
    [InlineData("\"gender\":\"yes\"", "Bundle.entry[0].resource.gender", "code-invalid")]
    [InlineData("\"identifier\":[{\"system\":\"s\",\"value\":[1]}]", "Bundle.entry[0].resource.identifier[0].value", "value")]
    public void BadPatientElement_RejectsTheEntryAtThatLocation(string element, string location, string code)
    {
        var result = Parse($$$"""{"resource":{"resourceType":"Patient",{{{element}}}}}""", Good());

        Assert.True(result.Entries[0].Rejected);
        var issue = result.Entries[0].Issues.First(i => i.Severity == IssueSeverity.Error);
        Assert.Equal((code, location), (issue.Code, issue.Location));
        Assert.False(result.Entries[1].Rejected);
    }

    [Fact]
    public void EncounterWithoutSubject_IsRequiredErrorAtSubject()
    {
        var result = Parse(Encounter("\"period\":{\"start\":\"2026-10-01\"}"), Good());

        var issue = result.Entries[0].Issues.Single();
        Assert.Equal(("required", "Bundle.entry[0].resource.subject"), (issue.Code, issue.Location));
        Assert.NotNull(result.Entries[1].Resource);
    }

    [Theory]
    [InlineData("\"period\":{\"start\":\"2026-13-01\"},\"subject\":{\"reference\":\"Patient/1\"}", "Bundle.entry[0].resource.period.start", "value")]
    [InlineData("\"period\":{\"start\":\"2026-10-05\",\"end\":\"2026-10-01\"},\"subject\":{\"reference\":\"Patient/1\"}", "Bundle.entry[0].resource.period.end", "value")]
    [InlineData("\"subject\":{\"reference\":\"Patient/1\"}", "Bundle.entry[0].resource.period.start", "required")]
    [InlineData("\"period\":{\"start\":\"2026-10-01\"},\"subject\":{}", "Bundle.entry[0].resource.subject", "structure")]
    [InlineData("\"period\":{\"start\":\"2026-10-01\"},\"subject\":{\"display\":\"Ann\"}", "Bundle.entry[0].resource.subject", "required")]
    [InlineData("\"period\":{\"start\":\"2026-10\"},\"subject\":{\"reference\":\"Patient/1\"}", "Bundle.entry[0].resource.period.start", "value")]
    public void BadEncounter_IsRejectedWithItsLocation(string elements, string location, string code)
    {
        var result = Parse(Encounter(elements), Good());

        var issue = result.Entries[0].Issues.First(i => i.Severity == IssueSeverity.Error);
        Assert.Equal((code, location), (issue.Code, issue.Location));
        Assert.Null(result.Entries[0].Resource);
    }

    [Fact]
    public void UnknownClassOrSetting_IsCodeInvalid()
    {
        var json = """{"resource":{"resourceType":"Encounter","id":"e","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"HH"},"subject":{"reference":"Patient/1"},"period":{"start":"2026-10-01"}}}""";
        var setting = """{"resource":{"resourceType":"Encounter","id":"e2","status":"finished","class":{"code":"IMP"},"serviceType":{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/care-setting","code":"spa"}]},"subject":{"reference":"Patient/1"},"period":{"start":"2026-10-01"}}}""";

        var result = Parse(json, setting);

        Assert.Equal("Bundle.entry[0].resource.class.code", result.Entries[0].Issues.Single().Location);
        Assert.Equal("Bundle.entry[1].resource.serviceType.coding[0].code", result.Entries[1].Issues.Single().Location);
    }

    [Fact]
    public void DuplicateFullUrl_RejectsTheSecondAndKeepsTheFirst()
    {
        var result = Parse(
            """{"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","id":"a"}}""",
            """{"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","id":"b"}}""");

        Assert.Equal("a", Assert.IsType<Patient>(result.Entries[0].Resource).Id);
        var error = result.Entries[1].Issues.Single(i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("duplicate", "Bundle.entry[1].fullUrl"), (error.Code, error.Location));
        // "urn:uuid:1" is no UUID: a warning, as the entry still names a Patient for references in the bundle.
        Assert.Equal(IssueSeverity.Warning, result.Entries[0].Issues.Single().Severity);
    }

    [Fact]
    public void UnknownResourceType_IsAcceptedWithNotSupportedWarning()
    {
        var result = Parse("""{"resource":{"resourceType":"Basic","code":{"text":"x"}}}""");

        Assert.False(result.Entries[0].Rejected);
        Assert.Equal(IssueSeverity.Warning, result.Entries[0].Issues.Single().Severity);
    }

    [Theory]
    [InlineData("""{"resourceType":"Bundle","type":"searchset","entry":[]}""", "not-supported")]
    [InlineData("""{"resourceType":"Bundle","type":"batch","entry":{}}""", "structure")]
    [InlineData("""{"hello":1}""", "structure")]
    [InlineData("""[1]""", "structure")]
    [InlineData("""{"resourceType":"Patient",""", "structure")]
    [InlineData("", "structure")]
    public void UnusableBody_FailsAsAWhole(string json, string code)
    {
        var result = FhirParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(code, result.Failures[0].Code);
    }

    [Fact]
    public void ThousandAndOneEntries_FailAsTooCostly()
    {
        var result = Parse([.. Enumerable.Repeat("""{"resource":{"resourceType":"Basic"}}""", 1001)]);

        Assert.Equal("too-costly", result.Failures.Single().Code);
    }

    [Fact]
    public void DeeplyNestedJunk_DoesNotThrow()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var result = FhirParser.Parse(Encoding.UTF8.GetBytes($$$"""{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Patient","extension":{{{deep}}}}}]}"""));

        Assert.True(result.Failed);
    }

    [Fact]
    public void HugeString_IsAnIssueNotACrash()
    {
        var result = Parse($$$"""{"resource":{"resourceType":"Patient","name":[{"family":"{{{new string('x', 100_000)}}}"}]}}""");

        Assert.Equal(("too-costly", "Bundle.entry[0].resource.name[0].family"), (result.Entries[0].Issues.Single().Code, result.Entries[0].Issues.Single().Location));
    }

    [Fact]
    public void PartialBirthDate_IsAWarningAndIgnored()
    {
        var result = Parse("""{"resource":{"resourceType":"Patient","birthDate":"1950"}}""");

        Assert.False(result.Entries[0].Rejected);
        Assert.Equal(("value", IssueSeverity.Warning), (result.Entries[0].Issues.Single().Code, result.Entries[0].Issues.Single().Severity));
        Assert.Null(PatientFacts.BirthDate(Assert.IsType<Patient>(result.Entries[0].Resource)));
    }

    [Theory]
    [InlineData("\"name\":[{\"family\":\"\\ud800\"}]", "Bundle.entry[0].resource.name[0].family")]
    [InlineData("\"name\":[{\"family\":\"Ross\",\"given\":[\"Is\\udc00la\"]}]", "Bundle.entry[0].resource.name[0].given[0]")]
    [InlineData("\"identifier\":[{\"system\":\"s\",\"value\":\"A\\ud83d\"}]", "Bundle.entry[0].resource.identifier[0].value")]
    [InlineData("\"id\":\"\\udfff\"", "Bundle.entry[0].resource.id")]
    public void LoneSurrogateEscape_RejectsTheEntryNamingTheElement_TheRestGoesOn(string element, string location)
    {
        var result = Parse($$$"""{"resource":{"resourceType":"Patient",{{{element}}}}}""", Good());

        Assert.True(result.Entries[0].Rejected);
        var issue = result.Entries[0].Issues.Single(i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("value", location), (issue.Code, issue.Location));
        Assert.Contains("unpaired surrogate", issue.Message, StringComparison.Ordinal);
        Assert.Equal("ok", Assert.IsType<Patient>(result.Entries[1].Resource).Id);
    }

    [Fact]
    public void SurrogatePairEscape_IsText()
    {
        var result = Parse("""{"resource":{"resourceType":"Patient","name":[{"family":"\ud83d\ude00"}]}}""");

        Assert.Equal("\U0001F600", PatientFacts.Family(Assert.IsType<Patient>(result.Entries[0].Resource)));
    }

    [Fact]
    public void InvalidUtf8InAString_IsAnIssueAtTheElementNotACrash()
    {
        // The accept check refuses such a body; a body landed before that check existed must still not crash.
        var bytes = Encoding.UTF8.GetBytes("""{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Patient","name":[{"family":"MARK"}]}},{"resource":{"resourceType":"Patient","id":"ok"}}]}""");
        var at = bytes.AsSpan().IndexOf("MARK"u8);
        bytes[at + 1] = 0xF2; // Latin-1 'ò': a UTF-8 lead byte with no continuation bytes after it

        var result = FhirParser.Parse(bytes);

        var issue = result.Entries[0].Issues.Single(i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("value", "Bundle.entry[0].resource.name[0].family"), (issue.Code, issue.Location));
        Assert.Contains("not valid UTF-8", issue.Message, StringComparison.Ordinal);
        Assert.False(result.Entries[1].Rejected);
    }

    [Fact]
    public void Utf8Bom_IsSkipped()
    {
        var result = FhirParser.Parse(Encoding.UTF8.GetPreamble().Concat(Fixtures.Read("single-patient.json")).ToArray());

        Assert.False(result.Failed);
        Assert.IsType<Patient>(Assert.Single(result.Entries).Resource);
    }

    [Fact]
    public void LoneSurrogateInAPropertyName_RejectsThatEntryOnly()
    {
        var result = FhirParser.Parse(Encoding.UTF8.GetBytes("""{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Patient","\udc00x":2,"id":"a"}},{"resource":{"resourceType":"Patient","id":"b"}}]}"""));

        Assert.False(result.Failed);
        var issue = result.Entries[0].Issues.Single();
        Assert.Equal(("value", "Bundle.entry[0].resource"), (issue.Code, issue.Location));
        Assert.Contains("property name contains an unpaired surrogate", issue.Message, StringComparison.Ordinal);
        Assert.Equal("b", Assert.IsType<Patient>(result.Entries[1].Resource).Id);
    }

    [Theory]
    [InlineData("""{"resourceType":"\ud800"}""")]
    [InlineData("""{"resourceType":"Bundle","type":"\ud800","entry":[]}""")]
    public void LoneSurrogateInResourceTypeOrBundleType_FailsAsAWholeNotACrash(string json)
    {
        var result = FhirParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Contains("unpaired surrogate", result.Failures.Single().Message, StringComparison.Ordinal);
    }

    private static string Good() => """{"resource":{"resourceType":"Patient","id":"ok"}}""";

    private static string Encounter(string elements) =>
        $$$"""{"resource":{"resourceType":"Encounter","id":"e1","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"IMP"},{{{elements}}}}}""";

    private static FhirParseResult Parse(params string[] entries) =>
        FhirParser.Parse(Encoding.UTF8.GetBytes($$$"""{"resourceType":"Bundle","type":"collection","entry":[{{{string.Join(",", entries)}}}]}"""));
}
