namespace IntegrationHub.Domain.People;

public static class IdentifierKeys
{
    public static string Chi(string chi) => "chi|" + chi;

    /// <summary>A source system's own identifier, e.g. a board's patient id under its system.</summary>
    public static string Source(string org, string? system, string value) => $"src|{org}|{system}|{value}";

    /// <summary>A resource id as a literal reference (<c>Patient/{id}</c>) from the same org resolves to.</summary>
    public static string SourceResource(string org, string resourceType, string id) => $"src|{org}|{resourceType}/{id}";

    /// <summary>A council's client: (sending_location, social_care_id).</summary>
    public static string SocialCare(string councilCode, string socialCareId) => $"sc|{councilCode}|{socialCareId}";

    /// <summary>A pseudonymised id analysts hold; resolves to the person for the timeline route.</summary>
    public static string Anon(string anonId) => "anon|" + anonId;

    /// <summary>A reviewer's "different people" for a pair, in either order; the matcher never suggests that pair again.</summary>
    public static string Distinct(string personA, string personB) =>
        string.CompareOrdinal(personA, personB) < 0 ? $"distinct|{personA}|{personB}" : $"distinct|{personB}|{personA}";
}
