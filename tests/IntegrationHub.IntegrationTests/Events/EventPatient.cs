using IntegrationHub.Domain.Reference;

namespace IntegrationHub.IntegrationTests.Events;

/// <summary>One synthetic patient of an <see cref="EventPopulation"/> and the FHIR entries that send them.</summary>
public sealed record EventPatient(string Chi, string Family, string BirthDate, string Postcode, Council Council, string Key)
{
    public string Ia => Council.IaCode;

    public string PatientEntry() => $$$$"""
        {"fullUrl":"urn:uuid:p-{{{{Key}}}}","resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53","value":"{{{{Chi}}}}"}],
         "name":[{"family":"{{{{Family}}}}","given":["Morag"]}],"gender":"{{{{(Chi[8] % 2 == 0 ? "female" : "male")}}}}","birthDate":"{{{{BirthDate}}}}",
         "address":[{"district":"{{{{Council.Code}}}}","postalCode":"{{{{Postcode}}}}"}]}}
        """;

    public string AttendanceEntry(int index) => AttendanceEntry(index, "finished", "2026-10-0" + (1 + (index % 9)));

    public string AttendanceEntry(int index, string status, string start) => $$$$"""
        {"resource":{"resourceType":"Encounter","id":"evt-{{{{Key}}}}-{{{{index}}}}","status":"{{{{status}}}}","class":{"code":"EMER"},
         "subject":{"reference":"urn:uuid:p-{{{{Key}}}}"},"period":{"start":"{{{{start}}}}"}}}
        """;
}
