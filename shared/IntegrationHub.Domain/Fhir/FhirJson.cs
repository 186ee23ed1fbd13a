using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace IntegrationHub.Domain.Fhir;

/// <summary>
/// The hub's one configuration of Firely's System.Text.Json deserialiser and serialiser, so every FHIR body the hub
/// reads or writes follows the same rules.
/// </summary>
public static class FhirJson
{
    /// <summary>
    /// Strict: every departure from FHIR's JSON rules is reported with its location instead of being dropped or
    /// kept in overflow, and deserialisation goes on after each one, so all of a body's problems are found at once.
    /// </summary>
    public static FhirJsonDeserializer Deserializer { get; } = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    public static BaseFhirJsonSerializer Serializer { get; } = new(ModelInfo.ModelInspector);

    public static byte[] Serialize(Resource resource) => Serializer.SerializeToBytes(resource);
}
