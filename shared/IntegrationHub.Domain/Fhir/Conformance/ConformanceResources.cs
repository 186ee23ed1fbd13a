using System.Reflection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace IntegrationHub.Domain.Fhir.Conformance;

/// <summary>
/// The hub's published conformance resources (profiles, code systems, value sets, the CapabilityStatement), kept as
/// FHIR JSON files beside this class and embedded in the assembly. Each is read with Firely's deserialiser once, at
/// start-up, so a broken file stops the app instead of being served.
/// </summary>
public sealed class ConformanceResources
{
    public const string CanonicalBase = "https://fhir.integrationhub.scot/";

    private const string ResourcePrefix = "IntegrationHub.Domain.Fhir.Conformance.";

    /// <summary>The resource types served under <c>/api/fhir/{type}/{id}</c> (CONTRACT §5).</summary>
    public static readonly IReadOnlySet<string> ServedTypes = new HashSet<string>(StringComparer.Ordinal) { "StructureDefinition", "CodeSystem", "ValueSet" };

    private readonly Dictionary<(string Type, string Id), Resource> byTypeAndId;

    private ConformanceResources(IReadOnlyList<Resource> resources)
    {
        All = resources;
        byTypeAndId = resources.ToDictionary(r => (r.TypeName, r.Id!));
        CapabilityStatement = resources.OfType<CapabilityStatement>().Single();
    }

    public IReadOnlyList<Resource> All { get; }

    public CapabilityStatement CapabilityStatement { get; }

    public static ConformanceResources Load()
    {
        var assembly = typeof(ConformanceResources).Assembly;
        var resources = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n))
            .ToList();
        return new ConformanceResources(resources);
    }

    /// <summary>The resource whose canonical URL is <c>https://fhir.integrationhub.scot/{type}/{id}</c>, if the hub publishes it.</summary>
    public Resource? Find(string type, string id) =>
        ServedTypes.Contains(type) && byTypeAndId.TryGetValue((type, id), out var resource) ? resource : null;

    private static Resource Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var resource = FhirJson.Deserializer.DeserializeResource(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        var url = (resource as IVersionableConformanceResource)?.Url;
        if (url != CanonicalBase + resource.TypeName + "/" + resource.Id)
        {
            throw new InvalidOperationException($"Conformance resource {name} has the canonical URL '{url}'; the hub publishes {CanonicalBase}{resource.TypeName}/{resource.Id}.");
        }

        return resource;
    }
}
