using System.Globalization;
using Hl7.Fhir.Model;
using IntegrationHub.Domain.Fhir;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// Generates plausible FHIR R4 bundles for a board, as Firely POCOs (serialise with <see cref="FhirJson"/>): patients
/// with valid CHI numbers and their hospital activity (emergency and elective stays, A&amp;E, outpatients, delayed
/// discharges), each meeting the hub's profile for it. Seeded, so runs repeat.
/// </summary>
public sealed class SyntheticFhir(DemoBoard board, int seed)
{
    private static readonly string[] Families = ["MacDonald", "Smith", "Brown", "Wilson", "Campbell", "Stewart", "Robertson", "Thomson", "Anderson", "McLean", "O'Neill", "Scott", "Reid", "Murray", "Fraser"];
    private static readonly string[] GivenFemale = ["Mary", "Margaret", "Elizabeth", "Mhairi", "Eilidh", "Catriona", "Jean", "Isobel", "Fiona", "Kirsty"];
    private static readonly string[] GivenMale = ["James", "John", "Alexander", "Hamish", "Iain", "David", "Robert", "William", "Andrew", "Alasdair"];
    private static readonly string[] Settings = ["acute", "acute", "acute", "geriatric-long-stay", "mental-health", "community-hospital"];

    private readonly Random random = new(seed);

    public IReadOnlyList<SyntheticPatient> Patients(int count) =>
        [.. Enumerable.Range(0, count).Select(Patient)];

    /// <summary>Bundles of at most <paramref name="maxEntries"/> entries; a patient and its activity share one bundle.</summary>
    public IEnumerable<Bundle> Bundles(IReadOnlyList<SyntheticPatient> patients, int maxEntries)
    {
        var entries = new List<Bundle.EntryComponent>();
        foreach (var patient in patients)
        {
            var group = Entries(patient);
            if (entries.Count + group.Count > maxEntries && entries.Count > 0)
            {
                yield return new Bundle { Type = Bundle.BundleType.Batch, Entry = entries };
                entries = [];
            }

            entries.AddRange(group);
        }

        if (entries.Count > 0)
        {
            yield return new Bundle { Type = Bundle.BundleType.Batch, Entry = entries };
        }
    }

    /// <summary>Batch entries carry a request (FHIR bdl-3); PUT by id makes a resend an update.</summary>
    private static Bundle.EntryComponent Entry(string fullUrl, Resource resource) => new()
    {
        FullUrl = fullUrl,
        Resource = resource,
        Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = $"{resource.TypeName}/{resource.Id}" },
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private SyntheticPatient Patient(int index)
    {
        var female = random.Next(2) == 0;
        var birth = new DateOnly(1930, 1, 1).AddDays(random.Next(365 * 75));
        var (council, district) = board.Residences[random.Next(board.Residences.Count)];
        return new SyntheticPatient(
            $"{board.Code}-P{index:D5}",
            SyntheticChi.For(birth, female, random),
            Families[random.Next(Families.Length)],
            (female ? GivenFemale : GivenMale)[random.Next(10)],
            birth,
            female ? "female" : "male",
            $"{district} {random.Next(1, 9)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}",
            council);
    }

    private List<Bundle.EntryComponent> Entries(SyntheticPatient patient)
    {
        var patientUrl = "urn:uuid:" + Guid.NewGuid();
        var list = new List<Bundle.EntryComponent>
        {
            Entry(patientUrl, new Patient
            {
                Id = patient.LocalId,
                Identifier =
                [
                    new Identifier(FhirCodes.Chi, patient.Chi),
                    new Identifier($"https://fhir.nhs.scot/{board.Code}/patient-id", patient.LocalId),
                ],
                Name = [new HumanName { Family = patient.Family, Given = [patient.Given] }],
                Gender = patient.Gender == "female" ? AdministrativeGender.Female : AdministrativeGender.Male,
                BirthDate = Day(patient.BirthDate),
                Address = [new Address { PostalCode = patient.Postcode, District = patient.CouncilCode }],
            }),
        };

        var stays = random.Next(1, 4);
        for (var i = 0; i < stays; i++)
        {
            list.Add(EncounterEntry(patient, patientUrl, i));
        }

        if (random.Next(6) == 0)
        {
            list.Add(DelayEntry(patient, patientUrl));
        }

        return list;
    }

    private Bundle.EntryComponent EncounterEntry(SyntheticPatient patient, string patientUrl, int index)
    {
        var start = new DateOnly(2026, 9, 1).AddDays(random.Next(80));
        var (code, display) = random.Next(10) switch
        {
            < 5 => ("IMP", "inpatient encounter"),
            < 7 => ("EMER", "emergency"),
            < 8 => ("SS", "short stay"),
            _ => ("AMB", "ambulatory"),
        };
        var emergency = code == "EMER" || (code == "IMP" && random.Next(3) > 0);
        DateOnly? end = code == "IMP" ? (random.Next(8) == 0 ? null : start.AddDays(random.Next(0, 21))) : start;
        var id = $"{patient.LocalId}-E{index}";
        var encounter = new Encounter
        {
            Id = id,
            Identifier = [new Identifier($"https://fhir.nhs.scot/{board.Code}/episode-id", id)],
            Status = end is null ? Encounter.EncounterStatus.InProgress : Encounter.EncounterStatus.Finished,
            Class = new Coding(FhirCodes.ActCode, code, display),
            Priority = new CodeableConcept(FhirCodes.ActPriority, emergency ? "EM" : "EL"),
            ServiceType = new CodeableConcept(FhirCodes.CareSetting, Settings[random.Next(Settings.Length)]),
            Subject = new ResourceReference(patientUrl),
            Period = new Period { Start = Day(start), End = end is { } e ? Day(e) : null },
        };
        return Entry("urn:uuid:" + Guid.NewGuid(), encounter);
    }

    private Bundle.EntryComponent DelayEntry(SyntheticPatient patient, string patientUrl)
    {
        var ready = new DateOnly(2026, 9, 1).AddDays(random.Next(80));
        var reasons = new[] { "health-social-care", "patient-family", "code-9" };
        DateOnly? discharged = random.Next(3) > 0 ? ready.AddDays(random.Next(1, 30)) : null;
        var episode = new EpisodeOfCare
        {
            Id = patient.LocalId + "-DD",
            Status = discharged is null ? EpisodeOfCare.EpisodeOfCareStatus.Active : EpisodeOfCare.EpisodeOfCareStatus.Finished,
            Type =
            [
                new CodeableConcept(FhirCodes.EpisodeType, "delayed-discharge"),
                new CodeableConcept(FhirCodes.DelayReason, reasons[random.Next(3)]),
            ],
            Patient = new ResourceReference(patientUrl),
            Period = new Period { Start = Day(ready), End = discharged is { } d ? Day(d) : null },
        };
        return Entry("urn:uuid:" + Guid.NewGuid(), episode);
    }
}
