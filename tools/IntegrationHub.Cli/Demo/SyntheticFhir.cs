using System.Globalization;
using System.Text.Json.Nodes;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// Generates plausible FHIR R4 bundles for a board: patients with valid CHI numbers and their hospital
/// activity (emergency and elective stays, A&amp;E, outpatients, delayed discharges). Seeded, so runs repeat.
/// </summary>
public sealed class SyntheticFhir(DemoBoard board, int seed)
{
    private const string ChiSystem = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";
    private const string CareSetting = "https://fhir.integrationhub.scot/CodeSystem/care-setting";
    private const string EpisodeType = "https://fhir.integrationhub.scot/CodeSystem/episode-type";
    private const string DelayReasonSystem = "https://fhir.integrationhub.scot/CodeSystem/delay-reason";

    private static readonly string[] Families = ["MacDonald", "Smith", "Brown", "Wilson", "Campbell", "Stewart", "Robertson", "Thomson", "Anderson", "McLean", "O'Neill", "Scott", "Reid", "Murray", "Fraser"];
    private static readonly string[] GivenFemale = ["Mary", "Margaret", "Elizabeth", "Mhairi", "Eilidh", "Catriona", "Jean", "Isobel", "Fiona", "Kirsty"];
    private static readonly string[] GivenMale = ["James", "John", "Alexander", "Hamish", "Iain", "David", "Robert", "William", "Andrew", "Alasdair"];
    private static readonly string[] Settings = ["acute", "acute", "acute", "geriatric-long-stay", "mental-health", "community-hospital"];

    private readonly Random random = new(seed);

    public IReadOnlyList<SyntheticPatient> Patients(int count) =>
        [.. Enumerable.Range(0, count).Select(Patient)];

    /// <summary>Bundles of at most <paramref name="maxEntries"/> entries; a patient and its activity share one bundle.</summary>
    public IEnumerable<JsonObject> Bundles(IReadOnlyList<SyntheticPatient> patients, int maxEntries)
    {
        var entries = new JsonArray();
        foreach (var patient in patients)
        {
            var group = Entries(patient);
            if (entries.Count + group.Count > maxEntries && entries.Count > 0)
            {
                yield return Bundle(entries);
                entries = [];
            }

            foreach (var entry in group)
            {
                entries.Add(entry);
            }
        }

        if (entries.Count > 0)
        {
            yield return Bundle(entries);
        }
    }

    private static JsonObject Bundle(JsonArray entries) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "batch",
        ["entry"] = entries,
    };

    /// <summary>Batch entries carry a request (FHIR bdl-3); PUT by id makes a resend an update.</summary>
    private static JsonObject Request(string type, string id) => new() { ["method"] = "PUT", ["url"] = $"{type}/{id}" };

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

    private List<JsonObject> Entries(SyntheticPatient patient)
    {
        var patientUrl = "urn:uuid:" + Guid.NewGuid();
        var list = new List<JsonObject>
        {
            new()
            {
                ["fullUrl"] = patientUrl,
                ["resource"] = new JsonObject
                {
                    ["resourceType"] = "Patient",
                    ["id"] = patient.LocalId,
                    ["identifier"] = new JsonArray(
                        new JsonObject { ["system"] = ChiSystem, ["value"] = patient.Chi },
                        new JsonObject { ["system"] = $"https://fhir.nhs.scot/{board.Code}/patient-id", ["value"] = patient.LocalId }),
                    ["name"] = new JsonArray(new JsonObject { ["family"] = patient.Family, ["given"] = new JsonArray(patient.Given) }),
                    ["gender"] = patient.Gender,
                    ["birthDate"] = patient.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["address"] = new JsonArray(new JsonObject { ["postalCode"] = patient.Postcode, ["district"] = patient.CouncilCode }),
                },
                ["request"] = Request("Patient", patient.LocalId),
            },
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

    private JsonObject EncounterEntry(SyntheticPatient patient, string patientUrl, int index)
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
        var period = new JsonObject { ["start"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (end is { } e)
        {
            period["end"] = e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var encounter = new JsonObject
        {
            ["resourceType"] = "Encounter",
            ["id"] = $"{patient.LocalId}-E{index}",
            ["identifier"] = new JsonArray(new JsonObject { ["system"] = $"https://fhir.nhs.scot/{board.Code}/episode-id", ["value"] = $"{patient.LocalId}-E{index}" }),
            ["status"] = end is null ? "in-progress" : "finished",
            ["class"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/v3-ActCode", ["code"] = code, ["display"] = display },
            ["priority"] = new JsonObject
            {
                ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/v3-ActPriority", ["code"] = emergency ? "EM" : "EL" }),
            },
            ["serviceType"] = new JsonObject
            {
                ["coding"] = new JsonArray(new JsonObject { ["system"] = CareSetting, ["code"] = Settings[random.Next(Settings.Length)] }),
            },
            ["subject"] = new JsonObject { ["reference"] = patientUrl },
            ["period"] = period,
        };
        return new JsonObject { ["fullUrl"] = "urn:uuid:" + Guid.NewGuid(), ["resource"] = encounter, ["request"] = Request("Encounter", $"{patient.LocalId}-E{index}") };
    }

    private JsonObject DelayEntry(SyntheticPatient patient, string patientUrl)
    {
        var ready = new DateOnly(2026, 9, 1).AddDays(random.Next(80));
        var reasons = new[] { "health-social-care", "patient-family", "code-9" };
        var period = new JsonObject { ["start"] = ready.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (random.Next(3) > 0)
        {
            period["end"] = ready.AddDays(random.Next(1, 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var episode = new JsonObject
        {
            ["resourceType"] = "EpisodeOfCare",
            ["id"] = patient.LocalId + "-DD",
            ["status"] = period.ContainsKey("end") ? "finished" : "active",
            ["type"] = new JsonArray(
                new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = EpisodeType, ["code"] = "delayed-discharge" }) },
                new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = DelayReasonSystem, ["code"] = reasons[random.Next(3)] }) }),
            ["patient"] = new JsonObject { ["reference"] = patientUrl },
            ["period"] = period,
        };
        return new JsonObject { ["fullUrl"] = "urn:uuid:" + Guid.NewGuid(), ["resource"] = episode, ["request"] = Request("EpisodeOfCare", patient.LocalId + "-DD") };
    }
}
