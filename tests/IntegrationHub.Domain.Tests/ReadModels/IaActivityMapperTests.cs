using IntegrationHub.Domain.Activities;
using IntegrationHub.Domain.People;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Tests.ReadModels;

public sealed class IaActivityMapperTests
{
    [Theory]
    [InlineData("1940-05-10", "2019-05-09", 78)]
    [InlineData("1940-05-10", "2019-05-10", 79)]
    [InlineData("2000-02-29", "2019-02-28", 18)]
    [InlineData("2000-02-29", "2019-03-01", 19)]
    public void Age_CountsWholeYears(string born, string on, int age)
    {
        Assert.Equal(age, IaActivityMapper.Age(DateOnly.Parse(born), DateOnly.Parse(on)));
    }

    [Fact]
    public void Mapping_KeepsOnlyPseudonymisedFields_AndTheHashIgnoresPublicationTime()
    {
        var person = new PersonRecord { PersonId = "p-1", Chi = "0101501242", Family = "MacDonald", Given = "Mhairi", BirthDate = new DateOnly(1950, 1, 1), Sex = "female", Postcode = "G31 2AB", CreatedBySubmission = "s", UpdatedAt = default };
        var activity = new ActivityRecord
        {
            ActivityId = "a-1",
            PersonId = "p-1",
            Kind = ActivityKind.AeAttendance,
            Start = new DateOnly(2026, 10, 1),
            IaCode = "S37000034",
            Source = new ActivitySource("S08000031", "fhir", "Encounter", "E-1"),
            ChangedBySubmission = "s",
            UpdatedAt = default,
        };

        var mapped = IaActivityMapper.From(activity, person, "anon-1");
        var json = System.Text.Json.JsonSerializer.Serialize(mapped);

        Assert.Equal((76, "female", "anon-1"), (mapped.AgeAtStart!.Value, mapped.Sex, mapped.AnonId));
        foreach (var identifying in new[] { "0101501242", "MacDonald", "Mhairi", "1950", "G31", "p-1", "E-1" })
        {
            Assert.DoesNotContain(identifying, json, StringComparison.Ordinal);
        }

        Assert.Equal(IaActivityMapper.Hash(mapped), IaActivityMapper.Hash(mapped with { PublishedAt = DateTimeOffset.UnixEpoch }));
        Assert.NotEqual(IaActivityMapper.Hash(mapped), IaActivityMapper.Hash(mapped with { End = new DateOnly(2026, 10, 2) }));
    }
}
