using System.Text.Json;

namespace IntegrationHub.Domain.Fhir;

internal static class PatientReader
{
    public static FhirPatient Read(JsonElement resource, string path, ElementReader r)
    {
        var identifiers = new List<FhirIdentifier>();
        foreach (var (identifier, location) in r.Objects(resource, "identifier", path))
        {
            var value = r.String(identifier, "value", location);
            if (value is null)
            {
                r.Warning("required", location + ".value", "identifier has no value and is ignored.");
                continue;
            }

            identifiers.Add(new FhirIdentifier(r.String(identifier, "system", location), value));
        }

        string? family = null, given = null;
        foreach (var (name, location) in r.Objects(resource, "name", path))
        {
            family ??= r.String(name, "family", location);
            given ??= r.Strings(name, "given", location).FirstOrDefault();
        }

        var gender = r.String(resource, "gender", path);
        if (gender is not null && !FhirCodes.Genders.Contains(gender))
        {
            r.Error("code-invalid", path + ".gender", $"gender '{ElementReader.Shorten(gender)}' is not male, female, other or unknown.");
        }

        string? postalCode = null, district = null;
        foreach (var (address, location) in r.Objects(resource, "address", path))
        {
            var code = r.String(address, "postalCode", location);
            var area = r.String(address, "district", location);
            if (postalCode is null && district is null && (code is not null || area is not null))
            {
                (postalCode, district) = (code, area);
            }
        }

        return new FhirPatient(
            r.String(resource, "id", path),
            identifiers,
            family,
            given,
            r.Date(resource, "birthDate", path, dateTime: false),
            gender,
            postalCode,
            district,
            r.Date(resource, "deceasedDateTime", path, dateTime: true));
    }
}
