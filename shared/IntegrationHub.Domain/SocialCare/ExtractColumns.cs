namespace IntegrationHub.Domain.SocialCare;

/// <summary>The columns of a social care extract (CONTRACT §2.2).</summary>
public static class ExtractColumns
{
    public const string SendingLocation = "sending_location";
    public const string SocialCareId = "social_care_id";
    public const string Period = "period";
    public const string Chi = "chi";
    public const string Forename = "forename";
    public const string Surname = "surname";
    public const string DateOfBirth = "date_of_birth";
    public const string Gender = "gender";
    public const string Postcode = "postcode";
    public const string DateOfDeath = "date_of_death";
    public const string Service = "service";
    public const string ServiceType = "service_type";
    public const string ServiceStartDate = "service_start_date";
    public const string ServiceEndDate = "service_end_date";
    public const string HcHours = "hc_hours";
    public const string Reablement = "reablement";
    public const string CareHomeName = "ch_name";
    public const string CareHomePostcode = "ch_postcode";
    public const string NursingCare = "nursing_care";

    public static readonly IReadOnlyList<string> Required =
        [SendingLocation, SocialCareId, Period, Service, ServiceType, ServiceStartDate];

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        SendingLocation, SocialCareId, Period, Chi, Forename, Surname, DateOfBirth, Gender, Postcode, DateOfDeath,
        Service, ServiceType, ServiceStartDate, ServiceEndDate, HcHours, Reablement, CareHomeName, CareHomePostcode, NursingCare,
    };
}
