using System.Globalization;
using IntegrationHub.Domain.Common;
using IntegrationHub.Domain.Geography;
using IntegrationHub.Domain.Identity;
using IntegrationHub.Domain.Reference;
using static IntegrationHub.Domain.SocialCare.ExtractColumns;

namespace IntegrationHub.Domain.SocialCare;

/// <summary>
/// The row rules of CONTRACT §2.2. Errors (a missing required value, an unparseable date or number, an unknown
/// code, another council's <c>sending_location</c>) reject the row; warnings (an invalid CHI, an end before the
/// start, …) keep it. Every issue names the line and the column.
/// </summary>
public static class ExtractRowRules
{
    private static readonly ReferenceData Reference = ReferenceData.Scotland;

    /// <param name="field">The trimmed value of a column of the row, or null when empty or absent.</param>
    /// <param name="submitterOrg">The council code of the token that sent the extract.</param>
    /// <returns>The parsed row, or null when an error rejects it; <paramref name="issues"/> gets every issue found.</returns>
    public static ExtractRow? Apply(int line, Func<string, string?> field, string submitterOrg, List<Issue> issues)
    {
        var check = new RowCheck(line, field, issues);
        foreach (var column in Required)
        {
            check.Require(column);
        }

        var council = check.Council(submitterOrg);
        var period = check.Period();
        var service = check.Service();
        var serviceType = service is { } s ? check.ServiceType(s) : null;
        var start = check.Date(ServiceStartDate);
        var end = check.Date(ServiceEndDate);
        var birthDate = check.Date(DateOfBirth);
        var deathDate = check.Date(DateOfDeath);
        var sex = check.Code(Gender, GenderCodes);
        var hours = check.Hours(service);
        var reablement = check.Code(Reablement, YesNoNotKnown);
        var nursing = check.Code(NursingCare, YesNoNotKnown);
        var chi = check.Chi();
        var postcode = check.Postcode(Postcode);
        var careHomePostcode = check.Postcode(CareHomePostcode);
        var forename = check.Text(Forename);
        var surname = check.Text(Surname);
        var careHomeName = check.Text(CareHomeName);
        check.LifeDates(birthDate, deathDate, start);

        if (check.Rejected || council is null || period is not { } p || service is not { } svc || serviceType is not { } type || start is not { } from)
        {
            return null;
        }

        end = check.EndWithinReason(from, end, p);
        return new ExtractRow
        {
            Line = line,
            Council = council,
            SocialCareId = field(SocialCareId)!,
            Period = p,
            Chi = chi,
            Forename = forename,
            Surname = surname,
            BirthDate = birthDate,
            Sex = sex,
            Postcode = postcode,
            DeathDate = deathDate,
            Service = svc,
            ServiceType = type,
            Start = from,
            End = end,
            Hours = svc.IsHomeCare ? hours : null,
            Reablement = svc.IsHomeCare ? reablement : null,
            CareHomeName = svc.IsCareHome ? careHomeName : null,
            CareHomePostcode = svc.IsCareHome ? careHomePostcode : null,
            NursingCare = svc.IsCareHome ? nursing : null,
        };
    }

    private static readonly IReadOnlyDictionary<string, string> GenderCodes = new Dictionary<string, string>
    {
        ["0"] = "unknown",
        ["1"] = "male",
        ["2"] = "female",
        ["9"] = "unknown",
    };

    private static readonly IReadOnlyDictionary<string, string> YesNoNotKnown = new Dictionary<string, string>
    {
        ["0"] = "no",
        ["1"] = "yes",
        ["9"] = "not-known",
    };

    private sealed class RowCheck(int line, Func<string, string?> field, List<Issue> issues)
    {
        public bool Rejected { get; private set; }

        public void Require(string column)
        {
            if (field(column) is null)
            {
                Error("required", column, $"Required value '{column}' is missing.");
            }
        }

        public Council? Council(string submitterOrg)
        {
            if (field(SendingLocation) is not { } code)
            {
                return null;
            }

            var council = Reference.CouncilBySendingLocation(code);
            if (council is null)
            {
                Error("code-invalid", SendingLocation, $"'{code}' is not a council sending location (see the integration authorities reference list).");
                return null;
            }

            if (council.Code != submitterOrg)
            {
                Error("forbidden", SendingLocation, $"Sending location {code} is {council.Name} ({council.Code}); this extract was sent by {submitterOrg}, and a council may send only its own clients.");
                return null;
            }

            return council;
        }

        public ReturnPeriod? Period()
        {
            if (field(ExtractColumns.Period) is not { } text)
            {
                return null;
            }

            if (ReturnPeriod.TryParse(text, out var period))
            {
                return period;
            }

            Error("code-invalid", ExtractColumns.Period, $"'{text}' is not a period: use YYYYQn (n = 1 to 4, the quarter of the financial year starting April YYYY) or YYYY for an annual return.");
            return null;
        }

        public SocialCareService? Service()
        {
            if (field(ExtractColumns.Service) is not { } code)
            {
                return null;
            }

            if (SocialCareService.Find(code) is { } service)
            {
                return service;
            }

            Error("code-invalid", ExtractColumns.Service, $"'{code}' is not a service: use HC, CH, AT or SDS.");
            return null;
        }

        public int? ServiceType(SocialCareService service)
        {
            if (field(ExtractColumns.ServiceType) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && service.TypeName(code) is not null)
            {
                return code;
            }

            Error("code-invalid", ExtractColumns.ServiceType, $"'{text}' is not a service type of {service.Code}: use {service.DescribeTypes()}.");
            return null;
        }

        public DateOnly? Date(string column)
        {
            if (field(column) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error("value", column, $"'{text}' is not a date in the form YYYY-MM-DD.");
            return null;
        }

        public string? Code(string column, IReadOnlyDictionary<string, string> codes)
        {
            if (field(column) is not { } text)
            {
                return null;
            }

            if (codes.TryGetValue(text, out var meaning))
            {
                return meaning;
            }

            Error("code-invalid", column, $"'{text}' is not a {column} code: use {string.Join(", ", codes.Select(c => $"{c.Key} {c.Value}"))}.");
            return null;
        }

        public decimal? Hours(SocialCareService? service)
        {
            var text = field(HcHours);
            if (service is not { IsHomeCare: true })
            {
                if (text is not null && service is not null)
                {
                    Warning("not-supported", HcHours, $"hc_hours applies to home care only; it is ignored on a {service.Value.Code} row.");
                }

                return null;
            }

            if (text is null)
            {
                Error("required", HcHours, "Home care rows need hc_hours, the hours delivered in the period (empty means not recorded, which a home care return cannot be).");
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours))
            {
                return hours;
            }

            Error("value", HcHours, $"'{text}' is not a number of hours (a decimal of 0 or more, with a point).");
            return null;
        }

        public string? Chi()
        {
            if (field(ExtractColumns.Chi) is not { } text)
            {
                return null;
            }

            var check = Identity.Chi.Check(text);
            if (check.IsValid)
            {
                return check.Number;
            }

            Warning("value", ExtractColumns.Chi, $"CHI is not valid ({check.Status}); it is dropped and the client is linked by the council's id and demographics.");
            return null;
        }

        public string? Postcode(string column)
        {
            if (field(column) is not { } text)
            {
                return null;
            }

            if (Postcodes.Normalise(text) is { } postcode)
            {
                return postcode;
            }

            Warning("value", column, "Not a UK postcode; it is dropped.");
            return null;
        }

        public string? Text(string column)
        {
            var text = field(column);
            if (text is not null && text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                Warning("value", column, "The value is not valid UTF-8 (was the file saved in another encoding?); the unreadable characters are kept as replacement characters.");
            }

            return text;
        }

        /// <summary>A birth after the service started, or a death before the birth, is a mistyped date no row can be linked on.</summary>
        public void LifeDates(DateOnly? born, DateOnly? died, DateOnly? serviceStart)
        {
            if (born is { } b && serviceStart is { } s && b > s)
            {
                Error("value", DateOfBirth, $"date_of_birth {b:yyyy-MM-dd} is after the service started ({s:yyyy-MM-dd}).");
            }

            if (born is { } birth && died is { } death && death < birth)
            {
                Error("value", DateOfDeath, $"date_of_death {death:yyyy-MM-dd} is before date_of_birth {birth:yyyy-MM-dd}.");
            }
        }

        /// <summary>An end before the start becomes the period end, as Public Health Scotland's cleaning does.</summary>
        public DateOnly? EndWithinReason(DateOnly start, DateOnly? end, ReturnPeriod period)
        {
            if (end is { } e && e < start)
            {
                Warning("value", ServiceEndDate, $"The service ends ({e:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}); the end is taken as the period end, {period.End:yyyy-MM-dd}.");
                end = period.End;
            }

            if (start > period.End)
            {
                Warning("value", ServiceStartDate, $"The service starts after the period {period.Label} ends ({period.End:yyyy-MM-dd}); the row adds nothing to that period.");
            }
            else if (end is { } stop && stop < period.Start)
            {
                Warning("value", ServiceEndDate, $"The service ended before the period {period.Label} starts ({period.Start:yyyy-MM-dd}); the row adds nothing to that period.");
            }

            return end;
        }

        private void Error(string code, string column, string message)
        {
            Rejected = true;
            issues.Add(Issue.Error(code, $"line {line} column {column}", message));
        }

        private void Warning(string code, string column, string message) =>
            issues.Add(Issue.Warning(code, $"line {line} column {column}", message));
    }
}
