using System.Globalization;
using IntegrationHub.Domain.Reference;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// Generates a council's social care extract (CONTRACT §2.2): clients with home care, care home, alarm/telecare
/// and SDS episodes over consecutive quarters, some ending, some dying; known NHS patients carry their CHI so they
/// link, council-only clients carry none. Seeded, so runs repeat.
/// </summary>
public sealed class SyntheticExtract(Council council, int seed, string runTag = "")
{
    public const string Header = "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care";

    private static readonly string[] Families = ["Morrison", "Paterson", "Munro", "Kerr", "Mackenzie", "Grant", "Ross", "Watson", "Hamilton", "MacLeod", "Duncan", "Gibson"];
    private static readonly string[] Given = ["Agnes", "Helen", "Annie", "Ishbel", "Morag", "Donald", "Angus", "Archibald", "Duncan", "Neil"];
    private static readonly string[] CareHomes = ["Thistle House", "Rowan Lodge", "Birchfield View", "Heather Court", "Oakbank"];

    private readonly Random random = new(seed);

    /// <summary>Rows for every client, quarter after quarter of the financial year starting in April of <paramref name="year"/>.</summary>
    public IEnumerable<string> Rows(IEnumerable<SyntheticPatient> knownPatients, int newClients, int year, int quarters)
    {
        var index = 0;
        foreach (var patient in knownPatients)
        {
            foreach (var row in ClientRows($"{council.SendingLocation}-{runTag}K{index++:D6}", patient, year, quarters))
            {
                yield return row;
            }
        }

        for (var i = 0; i < newClients; i++)
        {
            foreach (var row in ClientRows($"{council.SendingLocation}-{runTag}C{i:D7}", NewClient(), year, quarters))
            {
                yield return row;
            }
        }
    }

    private SyntheticPatient NewClient()
    {
        var female = random.Next(3) > 0;
        return new SyntheticPatient(
            string.Empty,
            string.Empty,
            Families[random.Next(Families.Length)],
            Given[random.Next(Given.Length)],
            new DateOnly(1925, 1, 1).AddDays(random.Next(365 * 70)),
            female ? "female" : "male",
            string.Empty,
            council.Code);
    }

    private IEnumerable<string> ClientRows(string clientId, SyntheticPatient person, int year, int quarters)
    {
        var services = random.Next(10) < 7 ? 1 : 2;
        var died = random.Next(30) == 0 ? new DateOnly(year, 4, 1).AddDays(random.Next(91 * quarters)) : (DateOnly?)null;
        for (var s = 0; s < services; s++)
        {
            var (service, type) = random.Next(10) switch
            {
                < 5 => ("HC", random.Next(1, 3)),
                < 7 => ("AT", random.Next(1, 3)),
                < 9 => ("SDS", random.Next(1, 4)),
                _ => ("CH", random.Next(1, 4)),
            };
            var start = new DateOnly(year, 4, 1).AddDays(random.Next(-400, 91 * quarters));
            DateOnly? end = random.Next(4) == 0 ? start.AddDays(random.Next(20, 300)) : died;
            var careHome = service == "CH" ? CareHomes[random.Next(CareHomes.Length)] : string.Empty;
            for (var q = 1; q <= quarters; q++)
            {
                var quarterStart = new DateOnly(year, 4, 1).AddMonths(3 * (q - 1));
                var quarterEnd = quarterStart.AddMonths(3).AddDays(-1);
                if (start > quarterEnd || end < quarterStart)
                {
                    continue;
                }

                var reportedEnd = end <= quarterEnd ? end : null;
                yield return string.Join(',', Fields(clientId, person, $"{year}Q{q}", died, service, type, start, reportedEnd, careHome));
            }
        }
    }

    private IEnumerable<string> Fields(string clientId, SyntheticPatient person, string period, DateOnly? died, string service, int type, DateOnly start, DateOnly? end, string careHome)
    {
        yield return council.SendingLocation;
        yield return clientId;
        yield return period;
        yield return person.Chi;
        yield return person.Given;
        yield return person.Family;
        yield return Date(person.BirthDate);
        yield return person.Gender == "female" ? "2" : "1";
        yield return person.Postcode;
        yield return died is { } d ? Date(d) : string.Empty;
        yield return service;
        yield return type.ToString(CultureInfo.InvariantCulture);
        yield return Date(start);
        yield return end is { } e ? Date(e) : string.Empty;
        yield return service == "HC" ? (random.Next(4, 200) / 4m).ToString(CultureInfo.InvariantCulture) : string.Empty;
        yield return service == "HC" ? (random.Next(5) == 0 ? "1" : "0") : string.Empty;
        yield return careHome;
        yield return string.Empty;
        yield return service == "CH" ? (type == 3 ? "1" : "9") : string.Empty;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
