using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Domain.Ingestion.Fhir;

/// <summary>The Patients of one bundle by fullUrl and by Patient/{id}; a rejected Patient maps to null.</summary>
public sealed class FhirBundleContext(string org)
{
    private readonly ConcurrentDictionary<string, LinkedPatient?> patients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<SubjectResolution?>> stored = new(StringComparer.Ordinal);

    public string Org { get; } = org;

    public void Add(string? fullUrl, string? id, LinkedPatient? patient)
    {
        if (fullUrl is not null)
        {
            patients[fullUrl] = patient;
        }

        if (id is not null)
        {
            patients.TryAdd("Patient/" + id, patient);
        }
    }

    public bool TryFind(string reference, [MaybeNullWhen(false)] out LinkedPatient? patient) => patients.TryGetValue(reference, out patient);

    /// <summary>
    /// A subject held by the hub is looked up once per bundle however many entries name it (a stay's encounters,
    /// its delays): the run's cache of what it already read, by identifier key.
    /// </summary>
    public Task<SubjectResolution?> StoredSubject(string key, Func<Task<SubjectResolution?>> lookup) =>
        stored.GetOrAdd(key, _ => lookup());
}
