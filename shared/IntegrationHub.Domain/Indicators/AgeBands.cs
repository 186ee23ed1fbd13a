namespace IntegrationHub.Domain.Indicators;

/// <summary>The age bands of CONTRACT §4, by age at the activity's start (at death for deaths).</summary>
public static class AgeBands
{
    public static readonly IReadOnlyList<string> All = ["all", "18+", "65+", "75+"];

    /// <summary>The bands an age falls in; an unknown age is counted in <c>all</c> only.</summary>
    public static IEnumerable<string> Of(int? age)
    {
        yield return "all";
        if (age is not { } a)
        {
            yield break;
        }

        if (a >= 18)
        {
            yield return "18+";
        }

        if (a >= 65)
        {
            yield return "65+";
        }

        if (a >= 75)
        {
            yield return "75+";
        }
    }
}
