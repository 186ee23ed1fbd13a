using System.Globalization;
using IntegrationHub.Domain.Reference;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.Events;

/// <summary>
/// Synthetic patients spread over every IA (by the council in their address), each with a few A&amp;E attendances, sent
/// by one board. Names, CHIs, birth dates and postcodes are kept so tests can check none of them leaves in an event.
/// </summary>
public sealed class EventPopulation
{
    public const string Board = "S08000031";

    private EventPopulation(IReadOnlyList<EventPatient> patients, int attendances)
    {
        Patients = patients;
        Attendances = attendances;
    }

    public IReadOnlyList<EventPatient> Patients { get; }

    public int Attendances { get; }

    public int FeedEntries => Patients.Count * Attendances;

    /// <summary>Identifying values that must never appear in an event.</summary>
    public IEnumerable<string> Identifying => Patients.SelectMany(p => new[] { p.Chi, p.Family, p.BirthDate, p.Postcode });

    public static EventPopulation Create(int patients, int attendances)
    {
        var councils = ReferenceData.Scotland.Ias.Select(ia => ia.Councils[0]).ToList();
        var marker = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var list = Enumerable.Range(0, patients).Select(i =>
        {
            var born = new DateOnly(1930, 1, 1).AddDays((i * 97) % 20000);
            return new EventPatient(
                TestChi.For(born, female: i % 2 == 0),
                "Evt" + new string(marker.Select(c => (char)('a' + (c % 26))).ToArray()) + i.ToString(CultureInfo.InvariantCulture),
                born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"G{(i % 80) + 1} {i % 10}XY",
                councils[i % councils.Count],
                marker + "-" + i.ToString(CultureInfo.InvariantCulture));
        }).ToList();
        return new EventPopulation(list, attendances);
    }

    /// <summary>The population in bundles of at most <paramref name="perBundle"/> patients with their attendances.</summary>
    public IEnumerable<string> Bundles(int perBundle) => Patients.Chunk(perBundle).Select(Bundle);

    private string Bundle(IEnumerable<EventPatient> patients)
    {
        var entries = patients.SelectMany(p => new[] { p.PatientEntry() }.Concat(Enumerable.Range(0, Attendances).Select(p.AttendanceEntry)));
        return $$"""{"resourceType":"Bundle","type":"collection","entry":[{{string.Join(",", entries)}}]}""";
    }
}
