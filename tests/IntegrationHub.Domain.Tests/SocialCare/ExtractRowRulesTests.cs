using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.SocialCare;

namespace IntegrationHub.Domain.Tests.SocialCare;

/// <summary>Every row rule of CONTRACT §2.2, one field at a time from a row that is otherwise valid.</summary>
public sealed class ExtractRowRulesTests
{
    private const string Glasgow = "S12000049";
    private const string ValidChi = "0101501242";

    private static Dictionary<string, string> ValidRow() => new()
    {
        ["sending_location"] = "260",
        ["social_care_id"] = "GC-1",
        ["period"] = "2025Q3",
        ["chi"] = ValidChi,
        ["forename"] = "Mhairi",
        ["surname"] = "MacDonald",
        ["date_of_birth"] = "1950-01-01",
        ["gender"] = "2",
        ["postcode"] = "g31 2ab",
        ["service"] = "HC",
        ["service_type"] = "2",
        ["service_start_date"] = "2025-08-01",
        ["service_end_date"] = "",
        ["hc_hours"] = "12.5",
        ["reablement"] = "1",
    };

    [Fact]
    public void ValidHomeCareRow_IsParsedAndCleaned()
    {
        var (row, issues) = Apply(ValidRow());

        Assert.Empty(issues);
        Assert.NotNull(row);
        Assert.Equal(("S12000049", "S37000034", "GC-1", "2025Q3", ValidChi), (row.Council.Code, row.Council.IaCode, row.SocialCareId, row.Period.Label, row.Chi));
        Assert.Equal(("female", "G31 2AB", new DateOnly(1950, 1, 1), (DateOnly?)null, 12.5m, "yes"), (row.Sex, row.Postcode, row.BirthDate!.Value, row.End, row.Hours!.Value, row.Reablement));
        Assert.Equal("GC-1|HC|2|2025-08-01", row.EpisodeKey);
    }

    [Theory]
    [InlineData("sending_location")]
    [InlineData("social_care_id")]
    [InlineData("period")]
    [InlineData("service")]
    [InlineData("service_type")]
    [InlineData("service_start_date")]
    [InlineData("hc_hours")]
    public void MissingRequiredValue_RejectsTheRowNamingLineAndColumn(string column)
    {
        var values = ValidRow();
        values[column] = "";

        var (row, issues) = Apply(values, line: 17);

        Assert.Null(row);
        var issue = Assert.Single(issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("required", $"line 17 column {column}"), (issue.Code, issue.Location));
    }

    [Theory]
    [InlineData("service_start_date", "01/08/2025")]
    [InlineData("service_start_date", "2025-02-30")]
    [InlineData("service_end_date", "2025-8-1")]
    [InlineData("date_of_birth", "19500101")]
    [InlineData("date_of_death", "yesterday")]
    [InlineData("hc_hours", "twelve")]
    [InlineData("hc_hours", "-1")]
    [InlineData("hc_hours", "1,5")]
    [InlineData("hc_hours", "1e3")]
    public void UnparseableDateOrNumber_RejectsTheRow(string column, string value)
    {
        var values = ValidRow();
        values[column] = value;

        var (row, issues) = Apply(values);

        Assert.Null(row);
        Assert.Equal(("value", $"line 2 column {column}"), Single(issues, IssueSeverity.Error));
    }

    [Theory]
    [InlineData("date_of_birth", "2025-08-02", "is after the service started")]
    [InlineData("date_of_death", "1949-12-31", "is before date_of_birth")]
    public void ImpossibleLifeDates_RejectTheRowNamingTheColumn(string column, string value, string says)
    {
        var values = ValidRow();
        values[column] = value;

        var (row, issues) = Apply(values);

        Assert.Null(row);
        Assert.Equal(("value", $"line 2 column {column}"), Single(issues, IssueSeverity.Error));
        Assert.Contains(says, issues.Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sending_location", "999")]
    [InlineData("sending_location", "S12000049")]
    [InlineData("period", "2025Q5")]
    [InlineData("period", "2025Q0")]
    [InlineData("period", "2025-26")]
    [InlineData("gender", "3")]
    [InlineData("gender", "F")]
    [InlineData("service", "XX")]
    [InlineData("service_type", "3")]
    [InlineData("service_type", "0")]
    [InlineData("service_type", "personal")]
    [InlineData("reablement", "2")]
    [InlineData("nursing_care", "yes")]
    public void UnknownCode_RejectsTheRow(string column, string value)
    {
        var values = ValidRow();
        values[column] = value;

        var (row, issues) = Apply(values);

        Assert.Null(row);
        Assert.Equal(("code-invalid", $"line 2 column {column}"), Single(issues, IssueSeverity.Error));
    }

    [Theory]
    [InlineData("HC", new[] { "1", "2" })]
    [InlineData("CH", new[] { "1", "2", "3" })]
    [InlineData("AT", new[] { "1", "2" })]
    [InlineData("SDS", new[] { "1", "2", "3" })]
    public void EveryServiceType_OfEveryService_IsAccepted(string service, string[] types)
    {
        foreach (var type in types)
        {
            var values = ValidRow();
            (values["service"], values["service_type"]) = (service, type);
            if (service != "HC")
            {
                values.Remove("hc_hours");
            }

            var (row, issues) = Apply(values);

            Assert.True(row is not null, string.Join("; ", issues.Select(i => i.Message)));
            Assert.Equal(service, row.Service.Code);
        }
    }

    [Theory]
    [InlineData("CH", "4")]
    [InlineData("AT", "3")]
    [InlineData("SDS", "4")]
    [InlineData("HC", "3")]
    public void ServiceTypeOfAnotherService_IsUnknown(string service, string type)
    {
        var values = ValidRow();
        (values["service"], values["service_type"]) = (service, type);

        var (row, issues) = Apply(values);

        Assert.Null(row);
        Assert.Contains(issues, i => i.Location == "line 2 column service_type" && i.Code == "code-invalid");
    }

    [Theory]
    [InlineData("0", "unknown")]
    [InlineData("1", "male")]
    [InlineData("2", "female")]
    [InlineData("9", "unknown")]
    public void Iso5218Gender_MapsToTheHubsSex(string code, string sex)
    {
        var values = ValidRow();
        (values["gender"], values["chi"]) = (code, "");

        Assert.Equal(sex, Apply(values).Row!.Sex);
    }

    [Fact]
    public void AnotherCouncilsSendingLocation_IsForbiddenForThisSubmitter()
    {
        var values = ValidRow();
        values["sending_location"] = "230";

        var (row, issues) = Apply(values);

        Assert.Null(row);
        var issue = Assert.Single(issues);
        Assert.Equal(("forbidden", "line 2 column sending_location"), (issue.Code, issue.Location));
        Assert.Contains("City of Edinburgh", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClackmannanshireToken_CannotSendStirlingsClients_ThoughTheyShareAnIa()
    {
        var values = ValidRow();
        values["sending_location"] = "390";

        var (row, issues) = Apply(values, org: "S12000005");

        Assert.Null(row);
        Assert.Equal("forbidden", Assert.Single(issues).Code);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("01015012420")]
    [InlineData("0101501243")]
    [InlineData("3213501242")]
    [InlineData("ABCDEFGHIJ")]
    public void InvalidChiOfAnyFormOrLength_IsDroppedWithAWarning(string chi)
    {
        var values = ValidRow();
        values["chi"] = chi;

        var (row, issues) = Apply(values);

        Assert.NotNull(row);
        Assert.Null(row.Chi);
        Assert.Equal(("value", "line 2 column chi"), Single(issues, IssueSeverity.Warning));
    }

    [Fact]
    public void EndBeforeStart_BecomesThePeriodEndWithAWarning()
    {
        var values = ValidRow();
        values["service_end_date"] = "2025-07-15";

        var (row, issues) = Apply(values);

        Assert.Equal(new DateOnly(2025, 12, 31), row!.End);
        Assert.Equal(("value", "line 2 column service_end_date"), Single(issues, IssueSeverity.Warning));
    }

    [Fact]
    public void ServiceStartingAfterThePeriod_IsKeptWithAWarning()
    {
        var values = ValidRow();
        values["service_start_date"] = "2026-02-01";

        var (row, issues) = Apply(values);

        Assert.NotNull(row);
        Assert.Equal(("value", "line 2 column service_start_date"), Single(issues, IssueSeverity.Warning));
    }

    [Fact]
    public void HoursOnANonHomeCareRow_AreIgnoredWithAWarning()
    {
        var values = ValidRow();
        (values["service"], values["service_type"]) = ("AT", "2");

        var (row, issues) = Apply(values);

        Assert.Null(row!.Hours);
        Assert.Equal(("not-supported", "line 2 column hc_hours"), Single(issues, IssueSeverity.Warning));
    }

    [Fact]
    public void CareHomeDetails_AreKeptOnlyOnCareHomeRows()
    {
        var values = ValidRow();
        (values["service"], values["service_type"], values["ch_name"], values["ch_postcode"], values["nursing_care"]) = ("CH", "3", "Thistle House", "g12 8qq", "1");
        values.Remove("hc_hours");

        var row = Apply(values).Row!;

        Assert.Equal(("Thistle House", "G12 8QQ", "yes", (string?)null), (row.CareHomeName, row.CareHomePostcode, row.NursingCare, row.Reablement));
    }

    [Fact]
    public void UnreadablePostcode_IsDroppedWithAWarning()
    {
        var values = ValidRow();
        values["postcode"] = "NOT A POSTCODE";

        var (row, issues) = Apply(values);

        Assert.Null(row!.Postcode);
        Assert.Equal(("value", "line 2 column postcode"), Single(issues, IssueSeverity.Warning));
    }

    [Fact]
    public void SeveralErrors_AreEachReported()
    {
        var values = ValidRow();
        (values["period"], values["service_start_date"], values["gender"]) = ("2025Q9", "x", "7");

        var (row, issues) = Apply(values);

        Assert.Null(row);
        Assert.Equal(["line 2 column period", "line 2 column service_start_date", "line 2 column gender"], issues.Select(i => i.Location));
    }

    private static (string, string) Single(List<Issue> issues, IssueSeverity severity)
    {
        var issue = Assert.Single(issues, i => i.Severity == severity);
        return (issue.Code, issue.Location);
    }

    private static (ExtractRow? Row, List<Issue> Issues) Apply(Dictionary<string, string> values, int line = 2, string org = Glasgow)
    {
        var issues = new List<Issue>();
        var row = ExtractRowRules.Apply(line, c => values.TryGetValue(c, out var v) && v.Length > 0 ? v : null, org, issues);
        return (row, issues);
    }
}
